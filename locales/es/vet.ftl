# vet — textos de la interfaz en español.
# Cada mensaje debe existir en todos los idiomas con las mismas variables (tests/locales.rs).
# Términos fijos: docs/glossary.md.

## Etiquetas de los diagnósticos
label-error = error
label-help = ayuda
diag-line = { $label }: { $message }
label-notice = aviso

## Veredictos, estados, respuestas, etapas
verdict-good = BUENA
verdict-bad = MALA
verdict-ugly = FEA
verdict-inconclusive = NO CONCLUYENTE
status-met = cumple
status-partly = cumple en parte
status-not-met = no cumple
status-unknown = se desconoce
answer-yes = sí
answer-partly = en parte
answer-no = no
answer-dont-know = no sé
answer-refused = negativa del socio
answer-not-applicable = no aplica
stage-before = antes de firmar
stage-ongoing = alianza en curso
stage-both = ambas etapas
yes-favourable = «sí» es favorable
yes-warning = «sí» es una mala señal

## vet score
score-header = Socio: { $partner } — { $date } — { $stage } ({ $file })
score-rubric = Rúbrica { $id } { $version } — { $answered } de { $total } { $total ->
    [one] pregunta respondida
   *[other] preguntas respondidas
}, { $known } con respuesta conocida
col-standard = Estándar mínimo
col-score = Puntuación
col-status = Estado
col-answered = Respuestas conocidas
col-warnings = Alertas
warning-refused = { $count ->
    [one] { $count } negativa
   *[other] { $count } negativas
}
warning-red-flag = { $count ->
    [one] { $count } señal de alarma
   *[other] { $count } señales de alarma
}
warning-suspected = { $count ->
    [one] { $count } señal de alarma sospechada
   *[other] { $count } señales de alarma sospechadas
}
verdict-line = Veredicto: { $verdict } — { $why }
rule-red-flag-confirmed = se confirma una señal de alarma de una alianza fea (guía { $source }).
rule-coverage-below-minimum = muy pocas preguntas tienen respuesta para decidir (guía { $source }).
rule-refusal = el socio se negó a responder o a mostrar documentos (guía { $source }).
rule-standard-not-met = al menos un estándar mínimo no se cumple (guía { $source }).
rule-standard-partly-met = al menos un estándar mínimo solo se cumple en parte (guía { $source }).
rule-standard-unknown = se sabe muy poco de al menos un estándar mínimo (guía { $source }).
rule-always = se cumplen todos los estándares mínimos, sin señales de alarma ni negativas (guía { $source }).
rule-red-flag-suspected = se sospecha una señal de alarma de una alianza fea y hay que verificarla antes de seguir (guía { $source }).
rule-red-flag-open = una pregunta sobre una señal de alarma aún no tiene respuesta conocida; hay que hacerla antes de poder decir que la alianza es buena (guía { $source }).
reason-open = { $name } (guía { $source }): aún por decidir — { $known } de { $applicable } { $applicable ->
    [one] pregunta tiene
   *[other] preguntas tienen
} respuesta conocida; según las respuestas que faltan, su puntuación podría ir de { $low } a { $high }
firm-yes = Este veredicto es firme: ninguna respuesta a las preguntas abiertas puede cambiarlo.
firm-at-best = { $verdict } en el mejor de los casos: ninguna respuesta a las preguntas abiertas puede mejorar el veredicto, pero aún podrían hacerlo pasar a { $worst }.
firm-at-worst = { $verdict } por ahora: las preguntas abiertas aún podrían hacerlo pasar a { $best }, nunca a peor.
firm-between = Provisional: según las preguntas abiertas, aún podría ser desde { $best } hasta { $worst }.
decisive-title = Preguntas abiertas que podrían cambiar el veredicto, en el orden en que conviene hacerlas:
decisive-outcome = «{ $answer }» lo haría pasar a { $verdict }
negotiate-title-before = Qué negociar antes de firmar
negotiate-title-ongoing = Qué negociar para el próximo acuerdo
negotiate-find-out = { $count ->
    [one] Averigüe antes de decidir: { $count } pregunta abierta podría cambiar el veredicto; hágasela al socio:
   *[other] Averigüe antes de decidir: { $count } preguntas abiertas podrían cambiar el veredicto; hágaselas al socio, en este orden:
}
reasons-title = Razones
reason-red-flag = Señal de alarma confirmada (guía { $source }): { $name }
reason-suspected = Señal de alarma sospechada (guía { $source }): { $name }
reason-refusals = { $count ->
    [one] El socio se negó a responder o a mostrar documentos en { $count } pregunta (guía { $source }):
   *[other] El socio se negó a responder o a mostrar documentos en { $count } preguntas (guía { $source }):
}
reason-not-met = { $name } (guía { $source }): el estándar no se cumple, puntuación { $score }
reason-partly = { $name } (guía { $source }): el estándar solo se cumple en parte, puntuación { $score }
reason-unknown = { $name }: se sabe muy poco ({ $known } de { $applicable } { $applicable ->
    [one] pregunta
   *[other] preguntas
} con respuesta conocida)
reason-all-not-applicable = { $name }: todas sus preguntas se marcaron como «no aplica», pero un estándar mínimo siempre aplica; revise esas respuestas.
negotiate-all-not-applicable = { $name }: acuerde con el socio cómo se aplica este estándar mínimo a su alianza y luego responda sus preguntas.
reason-coverage = Solo el { $coverage } de las preguntas tiene respuesta conocida (sí, en parte, no o negativa); se necesita el { $minimum } para decidir.
reason-all-met = Se cumplen todos los estándares mínimos; no queda ninguna señal de alarma y el socio respondió a todo lo que se le preguntó.
negotiate-unknown = { $name }: averigüe antes de decidir; haga al socio las preguntas que quedaron abiertas.
negotiate-refusals = { $count ->
    [1] Vuelva a pedir por escrito una respuesta o los documentos sobre esta pregunta; un socio que sigue negándose no es un buen socio:
   *[other] Vuelva a pedir por escrito respuestas o los documentos sobre estas { $count } preguntas; un socio que sigue negándose no es un buen socio:
}

## vet rubric show / validate
col-id = Id
col-source = Sección
col-text = Texto
show-header = { $title } — { $id } { $version }. Fuente: { $source }.
show-notes = Notas sobre la fuente
show-principles = Principios de INPUD
show-criteria = Criterios de participación significativa
show-transparent-process = Un proceso transparente
show-standards = Estándares mínimos
show-compliance = Cómo se juzga el cumplimiento
show-good-signs = Señales de una buena alianza
show-bad-signs = Señales de una mala alianza
show-red-flags = Señales de alarma de una alianza fea
show-community-led = ¿El socio está liderado por la comunidad?
show-questions = Preguntas
show-scoring = Puntuación: { $text }
show-labelled = { $label } ({ $source }): { $text }
validate-ok = { $file }: rúbrica válida { $id } { $version } ({ $standards ->
    [one] { $standards } estándar
   *[other] { $standards } estándares
}, { $questions ->
    [one] { $questions } pregunta
   *[other] { $questions } preguntas
}).
problem-no-languages = no se declara ningún idioma; añada por ejemplo `languages: [en, fr]`
problem-bad-version = la versión `{ $version }` no tiene la forma MAYOR.MENOR.PARCHE (por ejemplo 1.0.0)
problem-empty-id = el identificador está vacío
problem-duplicate-id = el identificador `{ $id }` se usa dos veces; cada identificador debe ser único en todo el archivo
problem-missing-text = no hay texto en `{ $lang }`, idioma que la rúbrica declara
problem-unknown-reference = `{ $id }` no está en `{ $list }`
problem-not-evidenced = ninguna pregunta aporta evidencia sobre `{ $id }`; añádalo a las `evidences.{ $list }` de una pregunta
problem-no-question-at-stage = ninguna pregunta sobre el estándar `{ $id }` se hace en la etapa «{ $stage }», así que nunca podría juzgarse en ella
problem-no-standard = la pregunta `{ $id }` no aporta evidencia sobre ningún estándar; indique al menos uno en `evidences.standards`
problem-out-of-range = `{ $name }` vale { $value }; debe estar entre 0 y 1
problem-threshold-order = `partly` ({ $partly }) está por encima de `met` ({ $met })
problem-no-final-rule = la última regla de clasificación debe ser `when: always`, para que cada archivo tenga un veredicto
problem-standard-and-red-flag = la pregunta `{ $id }` aporta evidencia a la vez sobre un estándar y sobre señales de alarma; con `method: evidence-range` una pregunta trata de un estándar o de señales de alarma, para que un «no» a una señal de alarma nunca suba la puntuación de un estándar
problem-several-standards = la pregunta `{ $id }` aporta evidencia sobre más de un estándar; con `method: evidence-range` cada pregunta tiene un solo tema: deje un estándar o divida la pregunta
problem-raises-without-red-flag = la pregunta `{ $id }` indica `raises` pero no aporta evidencia sobre ninguna señal de alarma; quite `raises` o añada la señal en `evidences.red_flags`
problem-rule-order = la regla `{ $when }` rompe el orden «la evidencia primero»: con `method: evidence-range` las reglas van de fea a mala, a no concluyente y a buena, y ninguna trata de la cobertura
problem-missing-threshold = falta `{ $name }`; `method: known-mean` lo necesita (o use `method: evidence-range`)
problem-not-migrated = la pregunta `{ $id }` de la versión { $from } no se conserva, ni se traslada en `map`, ni figura en `removed`
problem-standard-count = { $found ->
    [0] la rúbrica no tiene ningún estándar
    [one] la rúbrica tiene { $found } estándar
   *[other] la rúbrica tiene { $found } estándares
}; necesita al menos uno

## Errores y su ayuda
err-not-found = no se puede leer { $file }: el archivo no existe
err-not-found-help = revise la ruta; `vet interview` guarda los archivos de respuestas en la carpeta actual
err-is-directory = { $file } es una carpeta, no un archivo
err-is-directory-help = indique la ruta de un archivo .yaml que esté dentro
err-permission = no se puede leer { $file }: permiso denegado
err-permission-help = revise los permisos del archivo (ls -l) o consulte a su propietario
err-too-large = { $file } ocupa { $size } bytes; vet lee archivos de { $limit } bytes como máximo
err-too-large-help = compruebe que es el archivo correcto; un archivo de respuestas ocupa unos pocos kilobytes
err-not-utf8 = { $place }: no es texto UTF-8
err-not-utf8-help = guarde el archivo como UTF-8 en su editor y vuelva a intentarlo
err-read = no se puede leer { $file }: { $detail }
err-syntax = { $place }: { $detail }
err-answers-syntax-help = corrija el archivo en ese punto; `vet man` describe el archivo de respuestas, y `vet rubric show` muestra los identificadores de las preguntas
err-rubric-syntax-help = corrija la rúbrica en ese punto; `vet rubric show --format yaml` muestra una rúbrica válida de la que partir
err-empty = { $file } está vacío
err-answers-empty-help = un archivo de respuestas empieza por `rubric:`, `partner:`, `date:`, `stage:` y `answers:`; `vet man` muestra uno completo
err-rubric-empty-help = `vet rubric show --format yaml` muestra la rúbrica integrada de la que partir
err-schema-too-new = { $file } usa el esquema de rúbrica { $found }; esta versión de vet lee el esquema { $supported }
err-schema-too-new-help = actualice vet para leer esta rúbrica
err-rubric-invalid-help = corrija los problemas de arriba; `vet rubric validate { $file }` vuelve a revisar el archivo
err-other-rubric = { $file } se escribió para la rúbrica `{ $found }`, no para `{ $expected }`
err-other-rubric-help = evalúelo con la rúbrica para la que se escribió: --rubric RUTA
err-incompatible-version = { $file } se escribió para la versión { $found } de la rúbrica, y esta rúbrica es la versión { $expected }: otra versión mayor, cuyas preguntas pueden significar otra cosa
err-incompatible-version-help = reescríbalo para esta versión con `vet migrate ARCHIVO -o NUEVO`, o evalúelo con la versión de la rúbrica para la que se escribió (--rubric RUTA)
err-off-scale = { $place }: `{ $found }` no está en la escala de respuestas
err-off-scale-help = ¿quiso decir "{ $nearest }"? La escala es "yes", "partly", "no", "dont-know", "refused" y "n/a" (sí, en parte, no, no sé, negativa, no aplica)
err-answered-twice = { $place }: la pregunta `{ $id }` recibe aquí una segunda respuesta
err-answered-twice-help = deje una sola respuesta por pregunta y borre la otra
err-unknown-question = { $place }: la rúbrica no tiene ninguna pregunta `{ $id }`
err-unknown-question-suggest = ¿quiso decir `{ $id }`?
err-unknown-question-help = `vet rubric show` muestra cada pregunta con su identificador

## Avisos
notice-unknown-language = vet todavía no habla `{ $lang }`; se usa el inglés
notice-other-version = { $file } se escribió para la versión { $found } de la rúbrica y esta es la { $expected }: se evalúa con las preguntas que comparten
notice-not-at-stage = { $file }: la pregunta `{ $id }` no se hace en la etapa «{ $stage }»; su respuesta no se tiene en cuenta

## vet interview
err-no-terminal = vet interview necesita una terminal para hacer sus preguntas, y la entrada estándar, la salida estándar o la salida de errores no lo es
err-no-terminal-help = para evaluar respuestas en un script, escriba un archivo de respuestas (`vet man` lo describe) y ejecute `vet score ARCHIVO`
err-save = no se pueden guardar las respuestas en { $file }: { $detail }
err-save-help = el archivo anterior, si lo hay, está intacto; { $what }
ask-partner = Nombre de la organización socia:
ask-choice = Su elección:
ask-stage = ¿En qué momento se hace esta evaluación?
ask-answer = Su respuesta:
ask-note = Nota (opcional; Enter para dejarla vacía):
ask-evidence = Documentos consultados, separados por ; (opcional):
menu-dont-know = no sé / saltar
menu-note = Añadir una nota o los documentos consultados…
menu-help = ¿Por qué importa esto?
menu-back = ← Volver a la pregunta anterior
previous-answer = Respuesta dada antes: { $answer }
saving-to = Cada respuesta se guarda en cuanto la da, en { $file } (solo usted puede leerlo).
red-flag-now = ⚑ Señal de alarma: { $name } (guía { $source })
resume-prompt = { $file } contiene una entrevista que se detuvo tras { $answered } de { $total } { $total ->
    [one] pregunta
   *[other] preguntas
}.
resume-at = Seguir en la pregunta { $number }
resume-restart = Empezar de nuevo desde la pregunta 1…
finished-prompt = { $file } contiene una entrevista terminada.
finished-revise = Revisar las respuestas desde la pregunta 1
finished-show = Mostrar el resultado
err-existing-broken = { $file } parece un archivo de respuestas pero no se puede leer como tal; vet no lo sobrescribirá
err-existing-broken-help = corrija el archivo en el punto indicado arriba y vuelva a ejecutar el mismo comando, o elija otro archivo con --output
finished-earlier-prompt = { $file } contiene una revisión terminada con fecha { $date }. Una nueva revisión va en un archivo nuevo, para que cada archivo con fecha conserve sus respuestas.
finished-revise-today = Revisar ese archivo (su fecha pasa a ser la de hoy)
help-text = ¿Por qué importa esto? { $help }
quit = Salir
other-assessment = { $file } contiene otra evaluación, que vet no sobrescribirá. ¿Usar { $other } en su lugar?
write-to = Escribir en { $other }
saved-in = Respuestas guardadas en { $file }
interrupted-saved = Interrumpido. { $count ->
    [one] { $count } respuesta está guardada
   *[other] { $count } respuestas están guardadas
} en { $file }; ejecute el mismo comando para continuar.
interrupted-nothing = Interrumpido antes de cualquier respuesta; no se guardó nada.

## Informes para compartir (vet score --format html/markdown/csv, --redact, --output)
report-title = Evaluación de la alianza
report-assessor = Evaluación hecha por: { $assessor }
report-redacted = Versión para compartir: se omiten las notas, los documentos consultados y el nombre de quien evaluó.
report-red-flags-title = Señales de alarma
report-no-red-flag = No se levanta ninguna señal de alarma de una alianza fea.
report-answers-title = Respuestas por estándar mínimo
report-standard-heading = { $name } (guía { $source })
report-no-answer = No hay respuestas registradas en las preguntas de este estándar.
report-written = informe escrito en { $file } (solo usted puede leerlo)
col-question = Pregunta
col-answer = Respuesta
col-note = Nota
col-evidence = Documentos consultados
chart-title = Puntuación de cada estándar mínimo, de 0 a 1, con los umbrales de la rúbrica
chart-met = cumple desde { $value }
chart-partly = cumple en parte desde { $value }
chart-unknown = se desconoce: se sabe muy poco ({ $known } de { $applicable })
err-output-is-input = { $file } es uno de los archivos de los que sale este informe; vet no lo sobrescribirá
report-written-partial = informe escrito en { $file } con { $written } de { $total } { $total ->
    [one] archivo
   *[other] archivos
}: los demás no se pudieron evaluar (vea arriba)
report-unchanged = no se pudo evaluar ningún archivo: { $file } quedó como estaba
err-output-is-rubric = { $file } es una rúbrica; vet no la sobrescribirá con un informe
err-write-stdout = no se puede escribir el informe en la salida estándar: { $detail }
err-write-stdout-help = libere espacio donde va la salida, o escriba el informe en otro lugar con -o ARCHIVO
err-output-is-answers = { $file } es un archivo de respuestas; vet no lo sobrescribirá con un informe
err-output-not-file = { $file } no es un archivo normal; vet solo escribe un informe en un archivo
err-output-help = escriba el informe en otro archivo, por ejemplo --output { $suggestion }
err-write-output = no se puede escribir el informe en { $file }: { $detail }
## vet diff y vet history
diff-partner = Socio: { $partner } — { $stage }
diff-rubric = Rúbrica: { $id } { $version }
diff-side-before = Antes: { $date } ({ $file })
diff-side-after = Después: { $date } ({ $file })
diff-verdict = Veredicto: { $verdict } ({ $trend })
diff-from-to = { $before } → { $after }
diff-was-now = antes { $before }, ahora { $after }
diff-trend-better = mejor
diff-trend-worse = peor
diff-trend-unchanged = sin cambios
diff-trend-unclear = no se puede saber
diff-trend-same-weight = mismo peso
diff-no-change = Sin cambios: el mismo veredicto, puntuaciones, señales de alarma, negativas y respuestas.
diff-col-before = Antes
diff-col-after = Después
diff-col-change = Cambio
diff-col-question = Pregunta
diff-flags-raised = Señales de alarma nuevas ({ $count })
diff-flags-cleared = Señales de alarma que desaparecieron ({ $count })
diff-suspected-raised = Señales de alarma ahora sospechadas ({ $count })
diff-suspected-cleared = Señales de alarma que ya no se sospechan ({ $count })
diff-refusals-added = Negativas nuevas ({ $count })
diff-refusals-resolved = Negativas resueltas ({ $count })
diff-only-before = Respondidas solo antes, el { $date } ({ $count })
diff-only-after = Respondidas solo después, el { $date } ({ $count })
diff-answers-changed = { $count ->
    [one] { $count } respuesta cambió
   *[other] { $count } respuestas cambiaron
}
diff-flag = { $name } (guía { $source })
diff-flag-was-suspected = { $name } (guía { $source }), antes sospechada
diff-flag-still-suspected = { $name } (guía { $source }), aún sospechada
diff-not-in-rubric = `{ $id }` (no está en la versión { $version } de la rúbrica)
diff-now = { $question } — ahora: { $answer }
diff-no-answer-now = { $question } — ya no tiene respuesta
diff-err-other-rubrics = { $file } se escribió para la rúbrica `{ $found }` y { $first } para `{ $expected }`: no se pueden comparar respuestas a rúbricas distintas
diff-err-other-rubrics-help = compare archivos escritos para la misma rúbrica; `vet score` evalúa cada archivo por separado
diff-err-other-partners = { $file } trata de `{ $found }`, pero { $first } trata de `{ $expected }`
diff-err-other-partners-help = si es la misma organización con otra grafía o un nombre nuevo (los nombres suelen escribirse distinto de un año a otro), vuelva a ejecutar el mismo comando con --force
diff-notice-other-partners = { $file } trata de `{ $found }` y { $first } de `{ $expected }`; se comparan de todos modos (--force)
diff-notice-retired = { $file }: la pregunta `{ $id }` no está en la versión { $version } de la rúbrica; su respuesta se muestra aparte y no cuenta en las puntuaciones
diff-notice-versions = los archivos se escribieron para versiones distintas de la rúbrica { $id } ({ $versions }): se comparan con las preguntas que comparten
diff-notice-order = { $old } ({ $old_date }) tiene fecha posterior a { $new } ({ $new_date }); aun así se compara como el archivo anterior: inviértalos si no era eso lo que quería
history-header = Socio: { $partner } — { $count ->
    [one] { $count } evaluación
   *[other] { $count } evaluaciones
}, del { $first } al { $last }
history-col-date = Fecha
history-col-verdict = Veredicto
history-trend = Tendencia
history-key-bars = Tendencia: cada puntuación, de la más antigua a la más reciente, de ▁ (0) a █ (1); · significa que no se sabía nada.
history-key-digits = Tendencia: las décimas de cada puntuación, de la más antigua a la más reciente, de 0 (0,00 a 0,09) a 9 (0,90 a 1,00); - significa que no se sabía nada.
history-standards = Estándares mínimos, de la primera puntuación conocida a la última:
history-standard = { $name }: { $scores } ({ $trend })
history-verdicts = Veredicto, de la primera evaluación a la última: { $verdicts }
history-files = Archivos, del más antiguo al más reciente:
history-file = { $date }: { $file } ({ $stage })
## vet diff y vet history: lo que se sabe, terminales estrechas
diff-verdict-less-known = ahora se sabe menos
diff-verdict-more-known = ahora se sabe más
diff-less-known = Ahora se sabe menos: { $count ->
    [one] { $count } estándar mínimo pasó a ser desconocido
   *[other] { $count } estándares mínimos pasaron a ser desconocidos
}, por falta de respuestas. Eso no dice nada de cómo actuó el socio: busque las respuestas que faltan antes de concluir.
diff-more-known = Ahora se sabe más: { $count ->
    [one] { $count } estándar mínimo que era desconocido tiene ahora un estado
   *[other] { $count } estándares mínimos que eran desconocidos tienen ahora un estado
}.
diff-standards-title = Estándares mínimos
diff-labelled = { $label }: { $value }
history-verdicts-title = Veredictos, del más antiguo al más reciente:
history-verdict-at = { $date }: { $verdict }
history-standards-all = Estándares mínimos, cada puntuación, de la más antigua a la más reciente:
history-scores-sep = { "; " }
## Robustez: YAML que vet se niega a leer
err-yaml-alias = { $place }: este archivo usa un alias de YAML (`*nombre`), que vet no lee
err-yaml-alias-help = escriba el valor completo donde está el alias; los alias pueden hacer que un archivo pequeño ocupe gigabytes, por eso vet los rechaza
err-yaml-too-deep = { $place }: las listas y las tablas están anidadas en más de { $limit } niveles
err-yaml-too-deep-help = un archivo de respuestas tiene 4 niveles y una rúbrica 5; compruebe que es el archivo correcto
migrate-note-split = Trasladada por vet migrate desde la pregunta `{ $id }` de la rúbrica { $version }, de la que esta pregunta forma parte: revise esta respuesta.
migrate-summary = { $file }: rúbrica { $from } a { $to }: { $renamed } { $renamed ->
    [one] pregunta renombrada
   *[other] preguntas renombradas
}, { $split } { $split ->
    [one] dividida
   *[other] divididas
}, { $removed } { $removed ->
    [one] retirada
   *[other] retiradas
}
migrate-split = la pregunta `{ $id }` se divide en { $parts }: cada parte recibió su respuesta, con una nota para revisarla
migrate-removed = la pregunta `{ $id }` ya no se hace: su respuesta se deja fuera
migrate-conflict = la pregunta `{ $id }` recibió la respuesta de `{ $kept }`; otra respuesta antigua para ella era distinta: revísela
migrate-written = { $file } escrito para la rúbrica { $version }
err-migrate-exists = { $file } ya existe; vet migrate nunca escribe sobre un archivo
err-migrate-exists-help = indique un nombre de archivo nuevo con -o, u omita -o para escribir en la salida estándar
err-migrate-current = { $file } ya está escrito para la rúbrica { $version }, la versión mayor actual
err-migrate-current-help = no hay nada que migrar: evalúelo con `vet score { $file }`
err-migrate-no-map = la rúbrica actual ({ $to }) no tiene tabla de migración desde la versión { $from }
err-migrate-no-map-help = evalúe el archivo con la versión de la rúbrica para la que se escribió (--rubric RUTA)
## Lo que contiene un archivo donde vet espera otra cosa (detalles del lector de YAML, redactados aquí)
yaml-at = { $path }: { $detail }
yaml-invalid-type = se esperaba { $expected }, pero se encontró { $found }
yaml-invalid-type-other = se encontró { $found }, que este campo no admite
yaml-invalid-value = { $found } no es un valor válido aquí; se espera { $expected }
yaml-unknown-field = campo desconocido `{ $field }`; los campos admitidos aquí son { $allowed }
yaml-missing-field = falta el campo `{ $field }`
yaml-duplicate-field = el campo `{ $field }` aparece dos veces
yaml-unknown-value = `{ $value }` no se admite aquí; los valores admitidos son { $allowed }
yaml-bad-date = no es una fecha con la forma AAAA-MM-DD (por ejemplo 2025-03-14)
yaml-found-text = el texto "{ $value }"
yaml-found-number = el número { $value }
yaml-found-boolean = el valor { $value }
yaml-found-list = una lista
yaml-found-mapping = una tabla (líneas clave: valor)
yaml-found-empty = un valor vacío
yaml-found-other = un valor de otro tipo
yaml-expected-text = un texto
yaml-expected-number = un número
yaml-expected-whole-number = un número entero
yaml-expected-boolean = true o false
yaml-expected-list = una lista
yaml-expected-mapping = una tabla (líneas clave: valor)
yaml-expected-answers-file = un archivo de respuestas (`rubric`, `partner`, `date`, `stage`, `answers`)
yaml-expected-rubric-ref = el `id` y la `version` de una rúbrica
yaml-expected-entry = una respuesta (`answer` y, si hace falta, `note` y `evidence`)
yaml-expected-answer-map = identificadores de preguntas, cada uno con su respuesta
yaml-expected-rubric = una rúbrica
yaml-expected-answer = uno de los valores "yes", "partly", "no", "dont-know", "refused", "n/a"
## Rúbricas que no hablan el idioma de la interfaz
notice-rubric-language = la rúbrica { $id } { $version } no tiene textos en español; sus preguntas, estándares y consejos se muestran { $fallback ->
    [en] en inglés
    [fr] en francés
   *[other] en su primer idioma, `{ $fallback }`
}
## Entrevista: respuestas con una tecla, notas, final en una pantalla; errores de escritura
save-too-large = ocuparía { $size } bytes, y vet lee archivos de { $limit } bytes como máximo
save-too-large-help = acorte las notas más largas en un editor de texto y vuelva a ejecutar el mismo comando
partner-blank = El nombre del socio no puede quedar vacío: da nombre al archivo de respuestas y a cada informe. Escriba un nombre, o pulse Esc para salir.
err-partner-blank = el nombre del socio dado con --partner está vacío
err-partner-blank-help = indique el nombre de la organización, por ejemplo --partner "Harbour Peer Network", u omita --partner para que se le pregunte
restart-confirm = ¿Empezar de nuevo desde la pregunta 1? Esto borra { $count ->
    [one] { $count } respuesta
   *[other] las { $count } respuestas
} de { $file }. { $count ->
    [one] Permanece
   *[other] Permanecen
} en el archivo hasta que dé su primera respuesta o nota nueva: si se detiene antes, no se pierde nada.
restart-no = No, seguir en la pregunta { $number }
restart-yes = Sí, empezar de nuevo y borrar { $count ->
    [one] { $count } respuesta
   *[other] { $count } respuestas
}
answer-given = { $prompt } { $answer }
note-pending = Nota guardada para su respuesta: { $note }
note-kept = Nota guardada; irá con la respuesta que elija.
note-too-long = Esta nota no se guardó: con ella, el archivo de respuestas ocuparía { $size } bytes, y vet lee archivos de { $limit } bytes como máximo. Sus respuestas y la nota anterior se conservan. Acorte la nota, o ponga el texto largo en un documento y dé su nombre entre los documentos consultados.
file-full = Esta respuesta no se guardó: con ella, el archivo de respuestas ocuparía { $size } bytes, y vet lee archivos de { $limit } bytes como máximo. Acorte o borre algunas notas largas (Esc vuelve a las preguntas anteriores) y responda de nuevo.
result-title = Resultado
summary-more = … y { $count } más en el informe completo
summary-again = Para volver a ver el informe completo, ejecute:
summary-finish = Terminar
summary-full = Mostrar el informe completo
write-why-no-folder = la carpeta { $folder } no existe
write-why-not-folder = { $folder } no es una carpeta
write-why-denied = no tiene permiso para escribir en la carpeta { $folder }
write-why-read-only = la carpeta { $folder } está en un disco en el que no se puede escribir
write-why-full = el disco que contiene { $folder } está lleno
write-why-is-folder = { $file } es una carpeta
write-help-no-folder = cree primero la carpeta (mkdir -p { $folder }), o elija otro archivo con { $flag }
write-help-other-folder = elija con { $flag } un archivo en una carpeta en la que pueda escribir
write-help-other-file = elija otro nombre de archivo con { $flag }
write-help-full = libere espacio en ese disco, o elija con { $flag } un archivo en otro disco
diff-notice-migrated = { $file } se escribió para la rúbrica { $from }: se compara con la rúbrica { $to } mediante la tabla de migración ({ $split } { $split ->
    [one] pregunta dividida
   *[other] preguntas divididas
}, { $removed } { $removed ->
    [one] retirada
   *[other] retiradas
}); `vet migrate` muestra el detalle
migrate-off-stage = la pregunta `{ $id }` no se hace en la etapa de este archivo en la nueva versión: la respuesta que recibiría se deja fuera
## vet export xlsform: los textos propios del formulario, en los idiomas del formulario
form-partner = Nombre de la organización socia
form-partner-hint = La organización a la que se refiere esta evaluación, escrita siempre de la misma manera.
form-stage = ¿En qué momento se hace esta evaluación?
form-stage-before = Antes de firmar un acuerdo
form-stage-ongoing = Durante la alianza
form-role = Su función (opcional)
form-role-hint = Por ejemplo: coordinación, junta directiva, trabajo de calle. No escriba su nombre.
form-note = Nota (opcional)
form-note-hint = Lo que se dijo o se vio, lo que queda por verificar. No escriba el nombre de nadie.
form-red-flags = Señales de alarma
form-other-questions = Otras preguntas
form-answer-yes = Sí
form-answer-partly = En parte
form-answer-no = No
form-answer-dont-know = No sé
form-answer-refused = Se negó a responder o a mostrar documentos
form-answer-not-applicable = No aplica
## vet export xlsform
xlsform-written = formulario escrito en { $file }: { $questions ->
    [one] { $questions } pregunta
   *[other] { $questions } preguntas
} en { $groups ->
    [one] { $groups } grupo
   *[other] { $groups } grupos
}, idiomas: { $languages }; form_id { $id }, versión { $version }
err-xlsform-exists = { $file } ya existe; vet no lo reemplaza
err-xlsform-exists-help = dé nombre al archivo .xlsx con -o ARCHIVO.xlsx; un archivo .xlsx anterior indicado con -o se reemplaza
err-xlsform-not-workbook = { $file } existe y no es un archivo .xlsx; vet solo reemplaza un archivo .xlsx anterior
err-xlsform-not-workbook-help = indique otro archivo con -o ARCHIVO.xlsx
err-xlsform-write = no se puede escribir el formulario en { $file }: { $detail }
err-xlsform-build = no se puede generar el archivo .xlsx: { $detail }
err-xlsform-lang = la rúbrica no tiene textos en `{ $lang }`
err-xlsform-lang-help = el formulario puede abrirse en { $languages }: elija uno con --lang
err-form-name = el identificador `{ $id }` de la rúbrica no puede ser el nombre de un campo del formulario
err-form-name-help = los nombres de un formulario empiezan por una letra o _ y solo contienen letras, cifras, -, _ y .: cámbielo en una copia de la rúbrica y ejecute `vet rubric validate` sobre ella
err-form-clash = dos campos del formulario se llamarían `{ $name }` (los nombres se comparan sin distinguir mayúsculas y minúsculas, y `meta` ya está ocupado)
err-form-clash-help = cambie el identificador `{ $name }` en una copia de la rúbrica
err-form-quote = el identificador o la versión `{ $value }` de la rúbrica contiene a la vez ' y ", que un formulario no puede contener juntas
err-form-quote-help = quite uno de los dos tipos de comillas en una copia de la rúbrica
## vet import
import-place-row = { $file }, fila { $row }
import-place-item = { $file }, envío { $row }
import-written = { $file } escrito ({ $partner }, { $date })
import-exists = { $file } ya existe y se deja como está: envío importado antes
import-unknown-columns = { $file }: { $count ->
    [one] { $count } columna no está en el formulario y se ignora
   *[other] { $count } columnas no están en el formulario y se ignoran
}: { $names }
import-summary = { $written ->
    [one] { $written } archivo de respuestas escrito
   *[other] { $written } archivos de respuestas escritos
}, { $existing } { $existing ->
    [one] ya existía
   *[other] ya existían
}, { $skipped ->
    [one] { $skipped } envío omitido
   *[other] { $skipped } envíos omitidos
}
err-import-csv = { $place }: no se puede leer el CSV: { $detail }
err-import-json = { $place }: no se puede leer el JSON: { $detail }
err-import-read-help = indique el archivo tal como lo exportó el servidor, sin volver a guardarlo con una hoja de cálculo, o indique su forma con --format
err-import-no-submissions = { $file }: no hay una lista de envíos (una lista JSON, o un objeto con `results`)
err-import-no-submissions-help = descargue los envíos desde la API de datos de KoboToolbox (…/api/v2/assets/UID/data.json), o exporte un CSV
err-import-not-vet = { $file }: no es una exportación de un formulario hecho con `vet export xlsform`: falta la columna { $missing }
err-import-not-vet-help = exporte los datos con los nombres de los campos como encabezados: en KoboToolbox, "XML values and headers"; ODK Central siempre los usa
err-import-other-form = { $place }: este envío responde a { $found_id } versión { $found_version }, no a { $id } versión { $version }; se omite
err-import-other-form-help = impórtelo con la rúbrica con la que se hizo su formulario: --rubric ARCHIVO
err-import-no-rubric = { $place }: el envío no dice a qué rúbrica responde (`rubric_id` y `rubric_version` están vacíos); se omite
err-import-no-partner = { $place }: sin nombre del socio; el envío se omite
err-import-bad-stage = { $place }: la etapa `{ $found }` no es ni `before` ni `ongoing`; el envío se omite
err-import-bad-answer = { $place }: pregunta `{ $id }`: `{ $found }` no es una respuesta del formulario; el envío se omite
err-import-bad-answer-help = las respuestas del formulario son `yes`, `partly`, `no`, `dont_know`, `refused` y `not_applicable`: exporte con "XML values and headers"
err-import-no-date = { $place }: sin fecha: `start`, `end`, `_submission_time` y `SubmissionDate` están vacíos; el envío se omite
err-import-not-decrypted = { $place }: el envío está cifrado y no se descifró ({ $status }); se omite
err-import-not-decrypted-help = exporte de nuevo desde ODK Central dando la frase de contraseña del cifrado del proyecto
err-import-row-help = los demás envíos se importan; corrija este en el servidor e importe de nuevo la exportación: lo ya importado no se escribe dos veces
err-import-write = no se puede escribir { $file }: { $detail }
err-import-out-dir = no se puede crear la carpeta { $file }: { $detail }
err-import-zip = { $file }: no se puede leer el zip: { $detail }
err-import-zip-csv = { $file }: el zip contiene { $count ->
    [0] ningún archivo CSV
    [one] { $count } archivo CSV del que vet no puede saber si es el del formulario: { $names }
   *[other] { $count } archivos CSV y vet no puede saber cuál es el del formulario: { $names }
}
err-import-zip-csv-help = descomprímalo y dé a vet el CSV que lleva el nombre del identificador del formulario
err-import-zip-too-large = { $file }: { $name } ocupa más de { $limit } bytes una vez descomprimido
err-import-zip-too-large-help = exporte menos envíos a la vez (un filtro por fecha en el servidor), o divida el CSV
err-import-zip-not-utf8 = { $file }: { $name } no es texto UTF-8
## Veredicto sobre la marcha; panel de informantes
problem-panel-window = `window_days` vale { $days }; debe ir de 1 a { $max } días (archivos más separados son dos revisiones: compárelos con `vet diff`)
resume-decisive = Seguir primero con las preguntas que podrían cambiar el veredicto
progress-open = veredicto por ahora: { $verdict }, aún no firme
progress-firm = veredicto: { $verdict }, firme
firm-offer = El veredicto ya no puede cambiar: { $verdict }. ¿Terminar ahora o seguir?
firm-finish = Terminar ahora y ver el resultado ({ $count ->
    [one] { $count } pregunta queda
   *[other] { $count } preguntas quedan
} sin respuesta)
firm-go-on = Seguir con las preguntas
panel-report-title = Panel de informantes
panel-header = Panel: { $partner } — { $stage } — { $count ->
    [one] { $count } informante
   *[other] { $count } informantes
}, del { $from } al { $to }
panel-rubric = Rúbrica { $id } { $version } — respuestas combinadas: { $known } de { $total } preguntas con respuesta conocida
panel-rules = Reglas de combinación ({ $from }): una señal de alarma se confirma cuando { $confirm } de los informantes que respondieron la señalan; si no, queda sospechada; una negativa que encontró cualquiera cuenta; otras respuestas: { $combine }. Una sola revisión: archivos con { $window } días de diferencia como máximo.
panel-rules-rubric = la sección panel de la rúbrica
panel-rules-default = la de vet por defecto
panel-share-any = uno solo
panel-share-majority = más de la mitad
panel-share-all = todos
panel-combine-lower-median = la mediana, la menos favorable en caso de empate
panel-combine-least-favourable = la respuesta menos favorable
panel-respondents = Informantes: { $files }
panel-agenda-title = Para hablar primero: donde los informantes no coinciden ({ $count })
panel-agenda-none = Los informantes coinciden en cada pregunta que respondieron.
panel-agenda-item = { $question } — respuesta combinada: { $answer }. { $why }.
panel-agenda-flags = Señal de alarma: { $flags }.
panel-side = { $answer } — { $who }
panel-side-note = { $answer } — { $who }: { $note }
panel-why-no-answer = Nadie respondió
panel-why-none-known = Nadie lo sabe
panel-why-same = Todos coinciden
panel-why-red-flag-reported = Señal de alarma señalada por suficientes informantes: confirmada, un punto que verificar (guía 5.3)
panel-why-red-flag-contradicted = Señal de alarma señalada y contradicha: sospechada, un punto que verificar (guía 5.3)
panel-why-red-flag-partly = Señal de alarma señalada en parte: sospechada, un punto que verificar (guía 5.3)
panel-why-refusal = Un informante encontró una negativa, que cuenta (guía 6)
panel-why-lower-median = La respuesta mediana, la menos favorable en caso de empate
panel-why-least-favourable = La respuesta menos favorable que se dio
panel-verdict-line = Veredicto combinado: { $verdict } — { $why }
panel-respondents-range = Los veredictos propios de los informantes van de { $best } a { $worst }.
panel-respondents-same = El veredicto propio de cada informante es { $verdict }.
panel-col-panel = Combinado
panel-col-respondents = Informantes
panel-col-partner = Socio
panel-col-difference = Diferencia
panel-col-respondent = Informante
panel-col-answers = Respuestas
panel-col-agreement = Acuerdo
panel-col-combined = Respuesta combinada
panel-range = de { $low } a { $high }
panel-count = { $count } { $answer }
panel-count-blank = { $count } sin respuesta
panel-agreement-unknown = nadie lo sabe
panel-agreement-agree = coinciden
panel-agreement-differ = matices
panel-agreement-split = opuestos
panel-respondents-title = Informantes
panel-questions-title = Cada pregunta: cómo se reparten las respuestas
panel-partner-title = La visión del propio socio ({ $file }), que no cuenta en el veredicto combinado
panel-partner-verdict = Las respuestas del propio socio darían: { $verdict }.
panel-gaps-title = Donde el socio se ve de otra manera ({ $count })
panel-gap = { $question } — el socio dice { $partner }; { $count } de sus { $known } informantes dicen otra cosa, sobre todo { $answer } (respuesta combinada: { $panel }).
panel-gap-none = Las respuestas del socio coinciden con las respuestas combinadas en todo lo que los informantes saben.
panel-chart-title = Dispersión de las puntuaciones de los informantes por estándar.
panel-chart-legend = Banda: del informante más bajo al más alto; puntos: cada informante; barra: la puntuación combinada, coloreada según su estado.
panel-chart-legend-partner = Banda: del informante más bajo al más alto; puntos: cada informante; barra: la puntuación combinada, coloreada según su estado; rombo: la visión del propio socio.
panel-chart-label = { $panel } ({ $range })
panel-err-twice = { $file } se da dos veces
panel-err-twice-help = cada informante cuenta una vez: dé cada archivo una sola vez, y el archivo de --partner-view aparte de los de los informantes
panel-err-other-version = { $file } se escribió para la versión { $found } de la rúbrica y { $first } para la { $expected }: un panel necesita una sola versión mayor
panel-err-other-version-help = reescriba los archivos más antiguos con `vet migrate` y luego combine los archivos nuevos
panel-err-other-stage = { $file } trata de la etapa «{ $found }» y { $first } de «{ $expected }»: un panel combina respuestas dadas en una sola etapa
panel-err-other-stage-help = dé los archivos de una sola revisión; compare una evaluación antes de firmar con una revisión posterior mediante `vet diff`
panel-err-too-far-apart = { $earliest } ({ $earliest_date }) y { $latest } ({ $latest_date }) tienen { $days } días de diferencia; los archivos de una sola revisión tienen como máximo { $window } días de diferencia
panel-err-too-far-apart-help = dé los archivos de una sola revisión (el plazo es `panel.window_days` en la rúbrica); para evaluaciones separadas por meses, use `vet history`
## Opciones rechazadas, vet man, carpetas y listas de archivos
err-unused-option = `{ $command }` no usa { $option }; se rechaza en lugar de ignorarse
err-unused-option-help = quite { $option }; `{ $command } --help` muestra las opciones que admite
err-unused-rubric-validate-help = `vet rubric validate` revisa la rúbrica indicada como su RUTA: ejecute `vet rubric validate { $path }` para revisar { $path }
err-man-exists = { $file } existe y no es una página de manual de vet; vet no escribe sobre ella
err-man-exists-help = elija otro archivo con --output, o borre primero { $file }
err-write-man = no se puede escribir la página de manual en { $file }: { $detail }
man-written = página de manual escrita en { $file }
err-stdin-twice = la entrada estándar solo se puede leer una vez, y se nombra dos veces (como `-`, o como `-` y con `--files-from -`)
err-stdin-twice-help = dé un archivo por la entrada estándar, o la lista de archivos, no ambos; los demás archivos se pueden nombrar por su ruta
err-no-inputs = no hay ningún archivo de respuestas que leer: las carpetas indicadas no contienen ningún archivo .yaml, y la lista no nombra ninguno
err-no-inputs-help = revise la ruta de la carpeta; vet lee los archivos cuyo nombre termina en .yaml, en la carpeta y en las carpetas que contiene
