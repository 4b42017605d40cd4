# vet — textos da interface em português (do Brasil).
# Cada mensagem deve existir em todos os idiomas com as mesmas variáveis (tests/locales.rs).
# Termos fixos: docs/glossary.md. No plural, 0 e 1 ficam no singular ("one").

## Rótulos dos diagnósticos
label-error = erro
label-help = ajuda
diag-line = { $label }: { $message }
label-notice = aviso

## Vereditos, situações, respostas, etapas
verdict-good = BOA
verdict-bad = RUIM
verdict-ugly = FEIA
verdict-inconclusive = INCONCLUSIVO
status-met = atende
status-partly = atende em parte
status-not-met = não atende
status-unknown = desconhecido
answer-yes = sim
answer-partly = em parte
answer-no = não
answer-dont-know = não sei
answer-refused = recusa do parceiro
answer-not-applicable = não se aplica
stage-before = antes da assinatura
stage-ongoing = parceria em andamento
stage-both = as duas etapas
yes-favourable = "sim" é favorável
yes-warning = "sim" é um mau sinal

## vet score
score-header = Parceiro: { $partner } — { $date } — { $stage } ({ $file })
score-rubric = Rubrica { $id } { $version } — { $answered } de { $total } { $total ->
    [one] pergunta respondida
   *[other] perguntas respondidas
}, { $known } com resposta conhecida
col-standard = Padrão mínimo
col-score = Pontuação
col-status = Situação
col-answered = Respostas conhecidas
col-warnings = Alertas
warning-refused = { $count ->
    [one] { $count } recusa
   *[other] { $count } recusas
}
warning-red-flag = { $count ->
    [one] { $count } sinal de alerta
   *[other] { $count } sinais de alerta
}
warning-suspected = { $count ->
    [one] { $count } sinal de alerta suspeito
   *[other] { $count } sinais de alerta suspeitos
}
verdict-line = Veredito: { $verdict } — { $why }
rule-red-flag-confirmed = um sinal de alerta de parceria feia está confirmado (guia { $source }).
rule-coverage-below-minimum = poucas perguntas têm resposta para decidir (guia { $source }).
rule-refusal = o parceiro se recusou a responder ou a mostrar documentos (guia { $source }).
rule-standard-not-met = pelo menos um padrão mínimo não é atendido (guia { $source }).
rule-standard-partly-met = pelo menos um padrão mínimo só é atendido em parte (guia { $source }).
rule-standard-unknown = sabe-se muito pouco sobre pelo menos um padrão mínimo (guia { $source }).
rule-always = todos os padrões mínimos são atendidos, sem sinal de alerta nem recusa (guia { $source }).
rule-red-flag-suspected = há suspeita de um sinal de alerta de parceria feia, que precisa ser verificado antes de seguir (guia { $source }).
rule-red-flag-open = uma pergunta sobre um sinal de alerta ainda não tem resposta conhecida; é preciso fazê-la antes de dizer que a parceria é boa (guia { $source }).
reason-open = { $name } (guia { $source }): ainda em aberto — { $known } de { $applicable } { $applicable ->
    [one] pergunta tem
   *[other] perguntas têm
} resposta conhecida; conforme as respostas que faltam, a pontuação pode ir de { $low } a { $high }
firm-yes = Este veredito é definitivo: nenhuma resposta às perguntas em aberto pode mudá-lo.
firm-at-best = { $verdict } na melhor das hipóteses: nenhuma resposta às perguntas em aberto pode melhorar o veredito, mas elas ainda podem fazê-lo passar a { $worst }.
firm-at-worst = { $verdict } por enquanto: as perguntas em aberto ainda podem fazê-lo passar a { $best }, nunca a pior.
firm-between = Provisório: conforme as perguntas em aberto, ainda pode ficar entre { $best } e { $worst }.
decisive-title = Perguntas em aberto que podem mudar o veredito, na ordem em que convém fazê-las:
decisive-outcome = "{ $answer }" o faria passar a { $verdict }
negotiate-title-before = O que negociar antes da assinatura
negotiate-title-ongoing = O que negociar para o próximo acordo
negotiate-find-out = { $count ->
    [one] Descubra antes de decidir: { $count } pergunta em aberto pode mudar o veredito; faça-a ao parceiro:
   *[other] Descubra antes de decidir: { $count } perguntas em aberto podem mudar o veredito; faça-as ao parceiro, nesta ordem:
}
reasons-title = Motivos
reason-red-flag = Sinal de alerta confirmado (guia { $source }): { $name }
reason-suspected = Sinal de alerta suspeito (guia { $source }): { $name }
reason-refusals = { $count ->
    [one] O parceiro se recusou a responder ou a mostrar documentos em { $count } pergunta (guia { $source }):
   *[other] O parceiro se recusou a responder ou a mostrar documentos em { $count } perguntas (guia { $source }):
}
reason-not-met = { $name } (guia { $source }): o padrão não é atendido, pontuação { $score }
reason-partly = { $name } (guia { $source }): o padrão só é atendido em parte, pontuação { $score }
reason-unknown = { $name }: sabe-se muito pouco ({ $known } de { $applicable } { $applicable ->
    [one] pergunta
   *[other] perguntas
} com resposta conhecida)
reason-all-not-applicable = { $name }: todas as perguntas foram marcadas como "não se aplica", mas um padrão mínimo sempre se aplica — confira essas respostas.
negotiate-all-not-applicable = { $name }: combine com o parceiro como este padrão mínimo se aplica à sua parceria e depois responda às perguntas dele.
reason-coverage = Só { $coverage } das perguntas têm resposta conhecida (sim, em parte, não ou recusa); são necessários { $minimum } para decidir.
reason-all-met = Todos os padrões mínimos são atendidos; não resta sinal de alerta e o parceiro respondeu a tudo o que foi perguntado.
negotiate-unknown = { $name }: descubra antes de decidir — faça ao parceiro as perguntas que ficaram em aberto.
negotiate-refusals = { $count ->
    [1] Peça de novo, por escrito, uma resposta ou os documentos sobre esta pergunta; um parceiro que continua se recusando não é um bom parceiro:
   *[other] Peça de novo, por escrito, respostas ou os documentos sobre estas { $count } perguntas; um parceiro que continua se recusando não é um bom parceiro:
}

## vet rubric show / validate
col-id = Id
col-source = Seção
col-text = Texto
show-header = { $title } — { $id } { $version }. Fonte: { $source }.
show-notes = Notas sobre a fonte
show-principles = Princípios da INPUD
show-criteria = Critérios de envolvimento significativo
show-transparent-process = Um processo transparente
show-standards = Padrões mínimos
show-compliance = Como o cumprimento é avaliado
show-good-signs = Sinais de uma boa parceria
show-bad-signs = Sinais de uma parceria ruim
show-red-flags = Sinais de alerta de uma parceria feia
show-community-led = O parceiro é liderado pela comunidade?
show-questions = Perguntas
show-scoring = Pontuação: { $text }
show-labelled = { $label } ({ $source }): { $text }
validate-ok = { $file }: rubrica válida { $id } { $version } ({ $standards ->
    [one] { $standards } padrão
   *[other] { $standards } padrões
}, { $questions ->
    [one] { $questions } pergunta
   *[other] { $questions } perguntas
}).
problem-no-languages = nenhum idioma foi declarado; acrescente por exemplo `languages: [en, fr]`
problem-bad-version = a versão `{ $version }` não tem a forma MAIOR.MENOR.CORREÇÃO (por exemplo 1.0.0)
problem-empty-id = o identificador está vazio
problem-duplicate-id = o identificador `{ $id }` é usado duas vezes; cada identificador deve ser único no arquivo inteiro
problem-missing-text = não há texto em `{ $lang }`, idioma que a rubrica declara
problem-unknown-reference = `{ $id }` não está em `{ $list }`
problem-not-evidenced = nenhuma pergunta traz evidência sobre `{ $id }`; acrescente-o às `evidences.{ $list }` de uma pergunta
problem-no-question-at-stage = nenhuma pergunta sobre o padrão `{ $id }` é feita na etapa "{ $stage }", então ele nunca poderia ser avaliado nela
problem-no-standard = a pergunta `{ $id }` não traz evidência sobre nenhum padrão; indique pelo menos um em `evidences.standards`
problem-out-of-range = `{ $name }` vale { $value }; precisa estar entre 0 e 1
problem-threshold-order = `partly` ({ $partly }) está acima de `met` ({ $met })
problem-no-final-rule = a última regra de classificação precisa ser `when: always`, para que todo arquivo tenha um veredito
problem-standard-and-red-flag = a pergunta `{ $id }` traz evidência ao mesmo tempo sobre um padrão e sobre sinais de alerta; com `method: evidence-range` uma pergunta trata de um padrão ou de sinais de alerta, para que um "não" a um sinal de alerta nunca aumente a pontuação de um padrão
problem-several-standards = a pergunta `{ $id }` traz evidência sobre mais de um padrão; com `method: evidence-range` cada pergunta tem um só tema: mantenha um padrão ou divida a pergunta
problem-raises-without-red-flag = a pergunta `{ $id }` indica `raises` mas não traz evidência sobre nenhum sinal de alerta; tire `raises` ou acrescente o sinal em `evidences.red_flags`
problem-rule-order = a regra `{ $when }` quebra a ordem "evidência primeiro": com `method: evidence-range` as regras vão de feia a ruim, depois a inconclusivo e a boa, e nenhuma trata da cobertura
problem-missing-threshold = falta `{ $name }`; `method: known-mean` precisa dele (ou use `method: evidence-range`)
problem-not-migrated = a pergunta `{ $id }` da versão { $from } não é mantida, nem transposta em `map`, nem listada em `removed`
problem-standard-count = { $found ->
    [0] a rubrica não tem nenhum padrão
    [one] a rubrica tem { $found } padrão
   *[other] a rubrica tem { $found } padrões
}; ela precisa de pelo menos um

## Erros e sua ajuda
err-not-found = não é possível ler { $file }: o arquivo não existe
err-not-found-help = confira o caminho; `vet interview` grava os arquivos de respostas na pasta atual
err-is-directory = { $file } é uma pasta, não um arquivo
err-is-directory-help = informe o caminho de um arquivo .yaml dentro dela
err-permission = não é possível ler { $file }: permissão negada
err-permission-help = confira as permissões do arquivo (ls -l) ou fale com o dono dele
err-too-large = { $file } tem { $size } bytes; vet lê arquivos de no máximo { $limit } bytes
err-too-large-help = confira se é o arquivo certo; um arquivo de respostas tem poucos kilobytes
err-not-utf8 = { $place }: não é texto UTF-8
err-not-utf8-help = salve o arquivo como UTF-8 no seu editor e tente de novo
err-read = não é possível ler { $file }: { $detail }
err-syntax = { $place }: { $detail }
err-answers-syntax-help = corrija o arquivo nesse ponto; `vet man` descreve o arquivo de respostas, e `vet rubric show` lista os identificadores das perguntas
err-rubric-syntax-help = corrija a rubrica nesse ponto; `vet rubric show --format yaml` mostra uma rubrica válida para começar
err-empty = { $file } está vazio
err-answers-empty-help = um arquivo de respostas começa com `rubric:`, `partner:`, `date:`, `stage:` e `answers:`; `vet man` mostra um inteiro
err-rubric-empty-help = `vet rubric show --format yaml` mostra a rubrica embutida para começar
err-schema-too-new = { $file } usa o esquema de rubrica { $found }; esta versão do vet lê o esquema { $supported }
err-schema-too-new-help = atualize o vet para ler esta rubrica
err-rubric-invalid-help = corrija os problemas acima; `vet rubric validate { $file }` verifica o arquivo de novo
err-other-rubric = { $file } foi escrito para a rubrica `{ $found }`, não para `{ $expected }`
err-other-rubric-help = avalie-o com a rubrica para a qual foi escrito: --rubric CAMINHO
err-incompatible-version = { $file } foi escrito para a versão { $found } da rubrica, e esta rubrica é a versão { $expected }: outra versão principal, cujas perguntas podem significar outra coisa
err-incompatible-version-help = reescreva-o para esta versão com `vet migrate ARQUIVO -o NOVO`, ou avalie-o com a versão da rubrica para a qual foi escrito (--rubric CAMINHO)
err-off-scale = { $place }: `{ $found }` não está na escala de respostas
err-off-scale-help = você quis dizer "{ $nearest }"? A escala é "yes", "partly", "no", "dont-know", "refused" e "n/a" (sim, em parte, não, não sei, recusa, não se aplica)
err-answered-twice = { $place }: a pergunta `{ $id }` recebe aqui uma segunda resposta
err-answered-twice-help = mantenha uma só resposta por pergunta e apague a outra
err-unknown-question = { $place }: a rubrica não tem a pergunta `{ $id }`
err-unknown-question-suggest = você quis dizer `{ $id }`?
err-unknown-question-help = `vet rubric show` lista cada pergunta com seu identificador

## Avisos
notice-unknown-language = vet ainda não fala `{ $lang }`; usando o inglês
notice-other-version = { $file } foi escrito para a versão { $found } da rubrica e esta é a { $expected }: avaliado nas perguntas em comum
notice-not-at-stage = { $file }: a pergunta `{ $id }` não é feita na etapa "{ $stage }"; a resposta dela fica de fora

## vet interview
err-no-terminal = vet interview precisa de um terminal para fazer as perguntas, e a entrada padrão, a saída padrão ou a saída de erros não é um terminal
err-no-terminal-help = para avaliar respostas num script, escreva um arquivo de respostas (`vet man` o descreve) e rode `vet score ARQUIVO`
err-save = não é possível gravar as respostas em { $file }: { $detail }
err-save-help = o arquivo anterior, se houver, está intacto; { $what }
ask-partner = Nome da organização parceira:
ask-choice = Sua escolha:
ask-stage = Em que momento esta avaliação é feita?
ask-answer = Sua resposta:
ask-note = Nota (opcional; Enter para deixar em branco):
ask-evidence = Documentos vistos, separados por ; (opcional):
menu-dont-know = não sei / pular
menu-note = Acrescentar uma nota ou os documentos vistos…
menu-help = Por que isso importa?
menu-back = ← Voltar à pergunta anterior
previous-answer = Resposta dada antes: { $answer }
saving-to = Cada resposta é gravada assim que é dada, em { $file } (só você pode ler o arquivo).
red-flag-now = ⚑ Sinal de alerta: { $name } (guia { $source })
resume-prompt = { $file } contém uma entrevista interrompida depois de { $answered } de { $total } { $total ->
    [one] pergunta
   *[other] perguntas
}.
resume-at = Retomar na pergunta { $number }
resume-restart = Recomeçar da pergunta 1…
finished-prompt = { $file } contém uma entrevista concluída.
finished-revise = Revisar as respostas a partir da pergunta 1
finished-show = Mostrar o resultado
err-existing-broken = { $file } parece um arquivo de respostas, mas não pode ser lido como tal; vet não vai sobrescrevê-lo
err-existing-broken-help = corrija o arquivo no ponto indicado acima e rode o mesmo comando de novo, ou escolha outro arquivo com --output
finished-earlier-prompt = { $file } contém uma revisão concluída, com data de { $date }. Uma nova revisão vai para um novo arquivo, para que cada arquivo datado guarde suas respostas.
finished-revise-today = Revisar esse arquivo (a data dele passa a ser a de hoje)
help-text = Por que isso importa? { $help }
quit = Sair
other-assessment = { $file } contém outra avaliação, que vet não vai sobrescrever. Usar { $other } no lugar?
write-to = Gravar em { $other }
saved-in = Respostas gravadas em { $file }
interrupted-saved = Interrompido. { $count ->
    [one] { $count } resposta está gravada
   *[other] { $count } respostas estão gravadas
} em { $file }; rode o mesmo comando para retomar.
interrupted-nothing = Interrompido antes de qualquer resposta; nada foi gravado.

## Relatórios para compartilhar (vet score --format html/markdown/csv, --redact, --output)
report-title = Avaliação de parceria
report-assessor = Avaliação feita por: { $assessor }
report-redacted = Versão para compartilhar: as notas, os documentos vistos e o nome de quem avaliou foram retirados.
report-red-flags-title = Sinais de alerta
report-no-red-flag = Nenhum sinal de alerta de parceria feia foi levantado.
report-answers-title = Respostas por padrão mínimo
report-standard-heading = { $name } (guia { $source })
report-no-answer = Nenhuma resposta registrada nas perguntas deste padrão.
report-written = relatório gravado em { $file } (só você pode ler o arquivo)
col-question = Pergunta
col-answer = Resposta
col-note = Nota
col-evidence = Documentos vistos
chart-title = Pontuação de cada padrão mínimo, de 0 a 1, com os limiares da rubrica
chart-met = atende a partir de { $value }
chart-partly = atende em parte a partir de { $value }
chart-unknown = desconhecido: sabe-se muito pouco ({ $known } de { $applicable })
err-output-is-input = { $file } é um dos arquivos de que este relatório é feito; vet não vai sobrescrevê-lo
report-written-partial = relatório gravado em { $file } com { $written } de { $total } { $total ->
    [one] arquivo
   *[other] arquivos
}: os outros não puderam ser avaliados (veja acima)
report-unchanged = nenhum arquivo pôde ser avaliado: { $file } ficou como estava
err-output-is-rubric = { $file } é uma rubrica; vet não vai sobrescrevê-la com um relatório
err-write-stdout = não é possível gravar o relatório na saída padrão: { $detail }
err-write-stdout-help = libere espaço onde a saída é gravada, ou grave o relatório em outro lugar com -o ARQUIVO
err-output-is-answers = { $file } é um arquivo de respostas; vet não vai sobrescrevê-lo com um relatório
err-output-not-file = { $file } não é um arquivo comum; vet só grava um relatório num arquivo
err-output-help = grave o relatório em outro arquivo, por exemplo --output { $suggestion }
err-write-output = não é possível gravar o relatório em { $file }: { $detail }
## vet diff e vet history
diff-partner = Parceiro: { $partner } — { $stage }
diff-rubric = Rubrica: { $id } { $version }
diff-side-before = Antes: { $date } ({ $file })
diff-side-after = Depois: { $date } ({ $file })
diff-verdict = Veredito: { $verdict } ({ $trend })
diff-from-to = { $before } → { $after }
diff-was-now = antes { $before }, agora { $after }
diff-trend-better = melhor
diff-trend-worse = pior
diff-trend-unchanged = sem mudança
diff-trend-unclear = impossível dizer
diff-trend-same-weight = mesmo peso
diff-no-change = Nenhuma mudança: o mesmo veredito, pontuações, sinais de alerta, recusas e respostas.
diff-col-before = Antes
diff-col-after = Depois
diff-col-change = Mudança
diff-col-question = Pergunta
diff-flags-raised = Sinais de alerta novos ({ $count })
diff-flags-cleared = Sinais de alerta que desapareceram ({ $count })
diff-suspected-raised = Sinais de alerta agora suspeitos ({ $count })
diff-suspected-cleared = Sinais de alerta que deixaram de ser suspeitos ({ $count })
diff-refusals-added = Recusas novas ({ $count })
diff-refusals-resolved = Recusas resolvidas ({ $count })
diff-only-before = Respondidas só antes, em { $date } ({ $count })
diff-only-after = Respondidas só depois, em { $date } ({ $count })
diff-answers-changed = { $count ->
    [one] { $count } resposta mudou
   *[other] { $count } respostas mudaram
}
diff-flag = { $name } (guia { $source })
diff-flag-was-suspected = { $name } (guia { $source }), suspeito antes
diff-flag-still-suspected = { $name } (guia { $source }), ainda suspeito
diff-not-in-rubric = `{ $id }` (não está na versão { $version } da rubrica)
diff-now = { $question } — agora: { $answer }
diff-no-answer-now = { $question } — não tem mais resposta
diff-err-other-rubrics = { $file } foi escrito para a rubrica `{ $found }` e { $first } para `{ $expected }`: respostas a rubricas diferentes não podem ser comparadas
diff-err-other-rubrics-help = compare arquivos escritos para a mesma rubrica; `vet score` avalia cada arquivo separadamente
diff-err-other-partners = { $file } trata de `{ $found }`, mas { $first } trata de `{ $expected }`
diff-err-other-partners-help = se for a mesma organização com outra grafia ou um nome novo (a grafia dos nomes muda com frequência de um ano para outro), rode o mesmo comando de novo com --force
diff-notice-other-partners = { $file } trata de `{ $found }` e { $first } de `{ $expected }`; comparados mesmo assim (--force)
diff-notice-retired = { $file }: a pergunta `{ $id }` não está na versão { $version } da rubrica; a resposta dela é listada à parte e fica fora das pontuações
diff-notice-versions = os arquivos foram escritos para versões diferentes da rubrica { $id } ({ $versions }): comparados nas perguntas em comum
diff-notice-order = { $old } ({ $old_date }) tem data posterior a { $new } ({ $new_date }); mesmo assim é comparado como o arquivo mais antigo: inverta os dois se não era isso que você queria
history-header = Parceiro: { $partner } — { $count ->
    [one] { $count } avaliação
   *[other] { $count } avaliações
}, de { $first } a { $last }
history-col-date = Data
history-col-verdict = Veredito
history-trend = Tendência
history-key-bars = Tendência: cada pontuação, da mais antiga à mais recente, de ▁ (0) a █ (1); · quer dizer que nada se sabia.
history-key-digits = Tendência: os décimos de cada pontuação, da mais antiga à mais recente, de 0 (0,00 a 0,09) a 9 (0,90 a 1,00); - quer dizer que nada se sabia.
history-standards = Padrões mínimos, da primeira pontuação conhecida à última:
history-standard = { $name }: { $scores } ({ $trend })
history-verdicts = Veredito, da primeira avaliação à última: { $verdicts }
history-files = Arquivos, do mais antigo ao mais recente:
history-file = { $date }: { $file } ({ $stage })
## vet diff e vet history: o que se sabe, terminais estreitos
diff-verdict-less-known = agora se sabe menos
diff-verdict-more-known = agora se sabe mais
diff-less-known = Agora se sabe menos: { $count ->
    [one] { $count } padrão mínimo passou a ser desconhecido
   *[other] { $count } padrões mínimos passaram a ser desconhecidos
}, por falta de respostas. Isso não diz nada sobre como o parceiro agiu: busque as respostas que faltam antes de concluir.
diff-more-known = Agora se sabe mais: { $count ->
    [one] { $count } padrão mínimo que era desconhecido agora tem uma situação
   *[other] { $count } padrões mínimos que eram desconhecidos agora têm uma situação
}.
diff-standards-title = Padrões mínimos
diff-labelled = { $label }: { $value }
history-verdicts-title = Vereditos, do mais antigo ao mais recente:
history-verdict-at = { $date }: { $verdict }
history-standards-all = Padrões mínimos, cada pontuação, da mais antiga à mais recente:
history-scores-sep = { "; " }
## Robustez: YAML que vet se recusa a ler
err-yaml-alias = { $place }: este arquivo usa um alias de YAML (`*nome`), que vet não lê
err-yaml-alias-help = escreva o valor por extenso onde está o alias; aliases podem fazer um arquivo pequeno virar gigabytes, por isso vet os recusa
err-yaml-too-deep = { $place }: listas e tabelas estão aninhadas em mais de { $limit } níveis
err-yaml-too-deep-help = um arquivo de respostas tem 4 níveis e uma rubrica 5; confira se é o arquivo certo
migrate-note-split = Transposta por vet migrate da pergunta `{ $id }` da rubrica { $version }, da qual esta pergunta faz parte: confira esta resposta.
migrate-summary = { $file }: rubrica { $from } para { $to }: { $renamed } { $renamed ->
    [one] pergunta renomeada
   *[other] perguntas renomeadas
}, { $split } { $split ->
    [one] dividida
   *[other] divididas
}, { $removed } { $removed ->
    [one] retirada
   *[other] retiradas
}
migrate-split = a pergunta `{ $id }` é dividida em { $parts }: cada parte recebeu a resposta dela, com uma nota para conferir
migrate-removed = a pergunta `{ $id }` não é mais feita: a resposta dela fica de fora
migrate-conflict = a pergunta `{ $id }` recebeu a resposta de `{ $kept }`; outra resposta antiga para ela era diferente: confira
migrate-written = { $file } gravado para a rubrica { $version }
err-migrate-exists = { $file } já existe; vet migrate nunca grava por cima de um arquivo
err-migrate-exists-help = informe um novo nome de arquivo com -o, ou deixe -o de fora para gravar na saída padrão
err-migrate-current = { $file } já está escrito para a rubrica { $version }, a versão principal atual
err-migrate-current-help = não há nada a migrar: avalie-o com `vet score { $file }`
err-migrate-no-map = a rubrica atual ({ $to }) não tem tabela de migração a partir da versão { $from }
err-migrate-no-map-help = avalie o arquivo com a versão da rubrica para a qual foi escrito (--rubric CAMINHO)
## O que um arquivo contém onde vet espera outra coisa (detalhes do leitor de YAML, redigidos aqui)
yaml-at = { $path }: { $detail }
yaml-invalid-type = esperava-se { $expected }, mas o arquivo traz { $found }
yaml-invalid-type-other = o arquivo traz { $found }, que este campo não aceita
yaml-invalid-value = { $found } não é um valor válido aqui; espera-se { $expected }
yaml-unknown-field = campo desconhecido `{ $field }`; os campos aceitos aqui são { $allowed }
yaml-missing-field = falta o campo `{ $field }`
yaml-duplicate-field = o campo `{ $field }` aparece duas vezes
yaml-unknown-value = `{ $value }` não é aceito aqui; os valores aceitos são { $allowed }
yaml-bad-date = não é uma data na forma AAAA-MM-DD (por exemplo 2025-03-14)
yaml-found-text = o texto "{ $value }"
yaml-found-number = o número { $value }
yaml-found-boolean = o valor { $value }
yaml-found-list = uma lista
yaml-found-mapping = uma tabela (linhas chave: valor)
yaml-found-empty = um valor vazio
yaml-found-other = um valor de outro tipo
yaml-expected-text = um texto
yaml-expected-number = um número
yaml-expected-whole-number = um número inteiro
yaml-expected-boolean = true ou false
yaml-expected-list = uma lista
yaml-expected-mapping = uma tabela (linhas chave: valor)
yaml-expected-answers-file = um arquivo de respostas (`rubric`, `partner`, `date`, `stage`, `answers`)
yaml-expected-rubric-ref = o `id` e a `version` de uma rubrica
yaml-expected-entry = uma resposta (`answer` e, se preciso, `note` e `evidence`)
yaml-expected-answer-map = identificadores de perguntas, cada um com sua resposta
yaml-expected-rubric = uma rubrica
yaml-expected-answer = um dos valores "yes", "partly", "no", "dont-know", "refused", "n/a"
## Rubricas que não falam o idioma da interface
notice-rubric-language = a rubrica { $id } { $version } não tem textos em português; as perguntas, os padrões e os conselhos dela aparecem { $fallback ->
    [en] em inglês
    [fr] em francês
   *[other] no primeiro idioma dela, `{ $fallback }`
}
## Entrevista: respostas com uma tecla, notas, final numa tela; erros de gravação
save-too-large = ele teria { $size } bytes, e vet lê arquivos de no máximo { $limit } bytes
save-too-large-help = encurte as notas mais longas num editor de texto e rode o mesmo comando de novo
partner-blank = O nome do parceiro não pode ficar em branco: ele dá nome ao arquivo de respostas e a cada relatório. Digite um nome, ou aperte Esc para sair.
err-partner-blank = o nome do parceiro dado com --partner está em branco
err-partner-blank-help = informe o nome da organização, por exemplo --partner "Harbour Peer Network", ou deixe --partner de fora para que ele seja perguntado
restart-confirm = Recomeçar da pergunta 1? Isso apaga { $count ->
    [one] { $count } resposta
   *[other] as { $count } respostas
} de { $file }. { $count ->
    [one] Ela continua
   *[other] Elas continuam
} no arquivo até a sua primeira nova resposta ou nota: se você parar antes disso, nada se perde.
restart-no = Não, retomar na pergunta { $number }
restart-yes = Sim, recomeçar e apagar { $count ->
    [one] { $count } resposta
   *[other] { $count } respostas
}
answer-given = { $prompt } { $answer }
note-pending = Nota guardada para a sua resposta: { $note }
note-kept = Nota guardada; ela vai junto com a resposta que você escolher.
note-too-long = Esta nota não foi gravada: com ela, o arquivo de respostas teria { $size } bytes, e vet lê arquivos de no máximo { $limit } bytes. Suas respostas e a nota anterior foram mantidas. Encurte a nota, ou coloque o texto longo num documento e informe o nome dele entre os documentos vistos.
file-full = Esta resposta não foi gravada: com ela, o arquivo de respostas teria { $size } bytes, e vet lê arquivos de no máximo { $limit } bytes. Encurte ou apague algumas notas longas (Esc volta às perguntas anteriores) e responda de novo.
result-title = Resultado
summary-more = … e mais { $count } no relatório completo
summary-again = Para ver de novo o relatório completo, rode:
summary-finish = Concluir
summary-full = Mostrar o relatório completo
write-why-no-folder = a pasta { $folder } não existe
write-why-not-folder = { $folder } não é uma pasta
write-why-denied = você não tem permissão para gravar na pasta { $folder }
write-why-read-only = a pasta { $folder } está num disco em que não se pode gravar
write-why-full = o disco que contém { $folder } está cheio
write-why-is-folder = { $file } é uma pasta
write-help-no-folder = crie primeiro a pasta (mkdir -p { $folder }), ou escolha outro arquivo com { $flag }
write-help-other-folder = escolha com { $flag } um arquivo numa pasta em que você possa gravar
write-help-other-file = escolha outro nome de arquivo com { $flag }
write-help-full = libere espaço nesse disco, ou escolha com { $flag } um arquivo em outro disco
diff-notice-migrated = { $file } foi escrito para a rubrica { $from }: ele é comparado na rubrica { $to } pela tabela de migração ({ $split } { $split ->
    [one] pergunta dividida
   *[other] perguntas divididas
}, { $removed } { $removed ->
    [one] retirada
   *[other] retiradas
}); `vet migrate` mostra os detalhes
migrate-off-stage = a pergunta `{ $id }` não é feita na etapa deste arquivo na nova versão: a resposta que ela receberia fica de fora
## vet export xlsform: os textos do próprio formulário, nos idiomas do formulário
form-partner = Nome da organização parceira
form-partner-hint = A organização de que trata esta avaliação, escrita sempre do mesmo jeito.
form-stage = Em que momento esta avaliação é feita?
form-stage-before = Antes de assinar um acordo
form-stage-ongoing = Durante a parceria
form-role = Sua função (opcional)
form-role-hint = Por exemplo: coordenação, diretoria, redução de danos em campo. Não escreva seu nome.
form-note = Nota (opcional)
form-note-hint = O que foi dito ou visto, o que falta verificar. Não escreva o nome de ninguém.
form-red-flags = Sinais de alerta
form-other-questions = Outras perguntas
form-answer-yes = Sim
form-answer-partly = Em parte
form-answer-no = Não
form-answer-dont-know = Não sei
form-answer-refused = Recusou-se a responder ou a mostrar documentos
form-answer-not-applicable = Não se aplica
## vet export xlsform
xlsform-written = formulário gravado em { $file }: { $questions ->
    [one] { $questions } pergunta
   *[other] { $questions } perguntas
} em { $groups ->
    [one] { $groups } grupo
   *[other] { $groups } grupos
}, idiomas: { $languages }; form_id { $id }, versão { $version }
err-xlsform-exists = { $file } já existe; vet não o substitui
err-xlsform-exists-help = dê o nome do arquivo .xlsx com -o ARQUIVO.xlsx; um arquivo .xlsx anterior indicado com -o é substituído
err-xlsform-not-workbook = { $file } existe e não é um arquivo .xlsx; vet só substitui um arquivo .xlsx anterior
err-xlsform-not-workbook-help = indique outro arquivo com -o ARQUIVO.xlsx
err-xlsform-write = não é possível gravar o formulário em { $file }: { $detail }
err-xlsform-build = não é possível gerar o arquivo .xlsx: { $detail }
err-xlsform-lang = a rubrica não tem textos em `{ $lang }`
err-xlsform-lang-help = o formulário pode abrir em { $languages }: escolha um com --lang
err-form-name = o identificador `{ $id }` da rubrica não pode ser o nome de um campo do formulário
err-form-name-help = os nomes de um formulário começam com uma letra ou _ e só contêm letras, algarismos, -, _ e .: renomeie-o numa cópia da rubrica e rode `vet rubric validate` nela
err-form-clash = dois campos do formulário teriam o nome `{ $name }` (os nomes são comparados sem diferenciar maiúsculas e minúsculas, e `meta` já está em uso)
err-form-clash-help = renomeie o identificador `{ $name }` numa cópia da rubrica
err-form-quote = o identificador ou a versão `{ $value }` da rubrica contém ao mesmo tempo ' e ", que um formulário não pode conter juntas
err-form-quote-help = tire um dos dois tipos de aspas numa cópia da rubrica
## vet import
import-place-row = { $file }, linha { $row }
import-place-item = { $file }, envio { $row }
import-written = { $file } gravado ({ $partner }, { $date })
import-exists = { $file } já existe e fica como está: envio importado antes
import-unknown-columns = { $file }: { $count ->
    [one] { $count } coluna não está no formulário e é ignorada
   *[other] { $count } colunas não estão no formulário e são ignoradas
}: { $names }
import-summary = { $written ->
    [one] { $written } arquivo de respostas gravado
   *[other] { $written } arquivos de respostas gravados
}, { $existing } { $existing ->
    [one] já existia
   *[other] já existiam
}, { $skipped ->
    [one] { $skipped } envio pulado
   *[other] { $skipped } envios pulados
}
err-import-csv = { $place }: não é possível ler o CSV: { $detail }
err-import-json = { $place }: não é possível ler o JSON: { $detail }
err-import-read-help = informe o arquivo como o servidor o exportou, sem salvá-lo de novo numa planilha, ou indique o formato dele com --format
err-import-no-submissions = { $file }: não há uma lista de envios (uma lista JSON, ou um objeto com `results`)
err-import-no-submissions-help = baixe os envios pela API de dados do KoboToolbox (…/api/v2/assets/UID/data.json), ou exporte um CSV
err-import-not-vet = { $file }: não é uma exportação de um formulário feito com `vet export xlsform`: falta a coluna { $missing }
err-import-not-vet-help = exporte os dados com os nomes dos campos como cabeçalhos: no KoboToolbox, "XML values and headers"; o ODK Central sempre os usa
err-import-other-form = { $place }: este envio responde a { $found_id } versão { $found_version }, não a { $id } versão { $version }; pulado
err-import-other-form-help = importe-o com a rubrica da qual o formulário dele foi feito: --rubric ARQUIVO
err-import-no-rubric = { $place }: o envio não diz a que rubrica responde (`rubric_id` e `rubric_version` estão vazios); pulado
err-import-no-partner = { $place }: sem nome do parceiro; envio pulado
err-import-bad-stage = { $place }: a etapa `{ $found }` não é nem `before` nem `ongoing`; envio pulado
err-import-bad-answer = { $place }: pergunta `{ $id }`: `{ $found }` não é uma resposta do formulário; envio pulado
err-import-bad-answer-help = as respostas do formulário são `yes`, `partly`, `no`, `dont_know`, `refused` e `not_applicable`: exporte com "XML values and headers"
err-import-no-date = { $place }: sem data: `start`, `end`, `_submission_time` e `SubmissionDate` estão todos vazios; envio pulado
err-import-not-decrypted = { $place }: o envio está criptografado e não foi descriptografado ({ $status }); pulado
err-import-not-decrypted-help = exporte de novo do ODK Central informando a frase-senha da criptografia do projeto
err-import-row-help = os outros envios são importados; corrija este no servidor e importe a exportação de novo: o que já foi importado não é gravado duas vezes
err-import-write = não é possível gravar { $file }: { $detail }
err-import-out-dir = não é possível criar a pasta { $file }: { $detail }
err-import-zip = { $file }: não é possível ler o zip: { $detail }
err-import-zip-csv = { $file }: o zip contém { $count ->
    [0] nenhum arquivo CSV
    [one] { $count } arquivo CSV que vet não consegue saber se é o do formulário: { $names }
   *[other] { $count } arquivos CSV e vet não consegue saber qual é o do formulário: { $names }
}
err-import-zip-csv-help = descompacte-o e passe ao vet o CSV que tem o nome do identificador do formulário
err-import-zip-too-large = { $file }: { $name } tem mais de { $limit } bytes depois de descompactado
err-import-zip-too-large-help = exporte menos envios de cada vez (um filtro por data no servidor), ou divida o CSV
err-import-zip-not-utf8 = { $file }: { $name } não é texto UTF-8
## Veredito ao longo da entrevista; painel de respondentes
problem-panel-window = `window_days` vale { $days }; precisa ir de 1 a { $max } dias (arquivos mais distantes são duas revisões: compare-os com `vet diff`)
resume-decisive = Retomar primeiro com as perguntas que podem mudar o veredito
progress-open = veredito até agora: { $verdict }, ainda não definitivo
progress-firm = veredito: { $verdict }, definitivo
firm-offer = O veredito não pode mais mudar: { $verdict }. Concluir agora ou continuar?
firm-finish = Concluir agora e ver o resultado ({ $count ->
    [one] { $count } pergunta fica
   *[other] { $count } perguntas ficam
} sem resposta)
firm-go-on = Continuar com as perguntas
panel-report-title = Painel de respondentes
panel-header = Painel: { $partner } — { $stage } — { $count ->
    [one] { $count } respondente
   *[other] { $count } respondentes
}, de { $from } a { $to }
panel-rubric = Rubrica { $id } { $version } — respostas combinadas: { $known } de { $total } perguntas com resposta conhecida
panel-rules = Regras de combinação ({ $from }): um sinal de alerta é confirmado quando { $confirm } dos respondentes que responderam o relatam; senão, fica suspeito; uma recusa encontrada por qualquer um conta; outras respostas: { $combine }. Uma só revisão: arquivos com no máximo { $window } dias de diferença.
panel-rules-rubric = a seção panel da rubrica
panel-rules-default = o padrão do vet
panel-share-any = um só
panel-share-majority = mais da metade
panel-share-all = todos
panel-combine-lower-median = a mediana, a menos favorável em caso de empate
panel-combine-least-favourable = a resposta menos favorável
panel-respondents = Respondentes: { $files }
panel-agenda-title = Para discutir primeiro: onde os respondentes discordam ({ $count })
panel-agenda-none = Os respondentes concordam em todas as perguntas que responderam.
panel-agenda-item = { $question } — resposta combinada: { $answer }. { $why }.
panel-agenda-flags = Sinal de alerta: { $flags }.
panel-side = { $answer } — { $who }
panel-side-note = { $answer } — { $who }: { $note }
panel-why-no-answer = Ninguém respondeu
panel-why-none-known = Ninguém sabe
panel-why-same = Todos concordam
panel-why-red-flag-reported = Sinal de alerta relatado por respondentes suficientes: confirmado, um ponto a verificar (guia 5.3)
panel-why-red-flag-contradicted = Sinal de alerta relatado e contestado: suspeito, um ponto a verificar (guia 5.3)
panel-why-red-flag-partly = Sinal de alerta relatado em parte: suspeito, um ponto a verificar (guia 5.3)
panel-why-refusal = Um respondente encontrou uma recusa, que conta (guia 6)
panel-why-lower-median = A resposta mediana, a menos favorável em caso de empate
panel-why-least-favourable = A resposta menos favorável dada
panel-verdict-line = Veredito combinado: { $verdict } — { $why }
panel-respondents-range = Os vereditos próprios dos respondentes vão de { $best } a { $worst }.
panel-respondents-same = O veredito próprio de cada respondente é { $verdict }.
panel-col-panel = Combinado
panel-col-respondents = Respondentes
panel-col-partner = Parceiro
panel-col-difference = Diferença
panel-col-respondent = Respondente
panel-col-answers = Respostas
panel-col-agreement = Acordo
panel-col-combined = Resposta combinada
panel-range = de { $low } a { $high }
panel-count = { $count } { $answer }
panel-count-blank = { $count } sem resposta
panel-agreement-unknown = ninguém sabe
panel-agreement-agree = concordam
panel-agreement-differ = divergem
panel-agreement-split = opostos
panel-respondents-title = Respondentes
panel-questions-title = Cada pergunta: como as respostas se distribuem
panel-partner-title = A visão do próprio parceiro ({ $file }), que não conta no veredito combinado
panel-partner-verdict = As respostas do próprio parceiro dariam: { $verdict }.
panel-gaps-title = Onde o parceiro se vê de outro modo ({ $count })
panel-gap = { $question } — o parceiro diz { $partner }; { $count } dos seus { $known } respondentes dizem outra coisa, mais frequentemente { $answer } (resposta combinada: { $panel }).
panel-gap-none = As respostas do parceiro coincidem com as respostas combinadas em tudo o que os respondentes sabem.
panel-chart-title = Dispersão das pontuações dos respondentes por padrão.
panel-chart-legend = Faixa: do respondente mais baixo ao mais alto; pontos: cada respondente; barra: a pontuação combinada, colorida conforme a situação dela.
panel-chart-legend-partner = Faixa: do respondente mais baixo ao mais alto; pontos: cada respondente; barra: a pontuação combinada, colorida conforme a situação dela; losango: a visão do próprio parceiro.
panel-chart-label = { $panel } ({ $range })
panel-err-twice = { $file } foi dado duas vezes
panel-err-twice-help = cada respondente conta uma vez: informe cada arquivo uma só vez, e o arquivo de --partner-view à parte dos arquivos dos respondentes
panel-err-other-version = { $file } foi escrito para a versão { $found } da rubrica e { $first } para a { $expected }: um painel precisa de uma só versão principal
panel-err-other-version-help = reescreva os arquivos mais antigos com `vet migrate` e depois combine os arquivos novos
panel-err-other-stage = { $file } trata da etapa "{ $found }" e { $first } da etapa "{ $expected }": um painel combina respostas dadas numa só etapa
panel-err-other-stage-help = informe os arquivos de uma só revisão; compare uma avaliação antes da assinatura com uma revisão posterior usando `vet diff`
panel-err-too-far-apart = { $earliest } ({ $earliest_date }) e { $latest } ({ $latest_date }) têm { $days } dias de diferença; os arquivos de uma só revisão têm no máximo { $window } dias de diferença
panel-err-too-far-apart-help = informe os arquivos de uma só revisão (o prazo é `panel.window_days` na rubrica); para avaliações com meses de diferença, use `vet history`
## Opções recusadas, vet man, pastas e listas de arquivos
err-unused-option = `{ $command }` não usa { $option }; a opção é recusada em vez de ignorada
err-unused-option-help = tire { $option }; `{ $command } --help` lista as opções que o comando aceita
err-unused-rubric-validate-help = `vet rubric validate` verifica a rubrica dada como o CAMINHO dele: rode `vet rubric validate { $path }` para verificar { $path }
err-man-exists = { $file } existe e não é uma página de manual do vet; vet não grava por cima dela
err-man-exists-help = escolha outro arquivo com --output, ou apague { $file } primeiro
err-write-man = não é possível gravar a página de manual em { $file }: { $detail }
man-written = página de manual gravada em { $file }
err-stdin-twice = a entrada padrão só pode ser lida uma vez, e ela foi indicada duas vezes (como `-`, ou como `-` e por `--files-from -`)
err-stdin-twice-help = passe um arquivo pela entrada padrão, ou a lista de arquivos, não os dois; os outros arquivos podem ser indicados pelo caminho
err-no-inputs = nenhum arquivo de respostas para ler: as pastas indicadas não contêm nenhum arquivo .yaml, e a lista não indica nenhum
err-no-inputs-help = confira o caminho da pasta; vet lê os arquivos cujo nome termina em .yaml, na pasta e nas pastas dentro dela
