# vet — тексты интерфейса на русском языке.
# Каждое сообщение должно быть во всех языках с теми же переменными (tests/locales.rs).
# Постоянные термины: docs/glossary.md. Числа: формы one / few / many / other.

## Метки диагностики
label-error = ошибка
label-help = подсказка
diag-line = { $label }: { $message }
label-notice = примечание

## Вердикты, статусы, ответы, этапы
verdict-good = ХОРОШЕЕ
verdict-bad = ПЛОХОЕ
verdict-ugly = УРОДЛИВОЕ
verdict-inconclusive = НЕ ОПРЕДЕЛЕНО
status-met = выполняется
status-partly = выполняется частично
status-not-met = не выполняется
status-unknown = неизвестно
answer-yes = да
answer-partly = частично
answer-no = нет
answer-dont-know = не знаю
answer-refused = отказ партнёра
answer-not-applicable = неприменимо
stage-before = до подписания
stage-ongoing = текущее партнёрство
stage-both = оба этапа
yes-favourable = «да» — хороший знак
yes-warning = «да» — тревожный знак

## vet score
score-header = Партнёр: { $partner } — { $date } — { $stage } ({ $file })
score-rubric = Система оценки { $id } { $version } — есть ответы на { $answered } из { $total } { $total ->
    [one] вопроса
    [few] вопросов
    [many] вопросов
   *[other] вопроса
}, из них известных: { $known }
col-standard = Минимальный стандарт
col-score = Балл
col-status = Статус
col-answered = Известные ответы
col-warnings = Предупреждения
warning-refused = { $count ->
    [one] { $count } отказ
    [few] { $count } отказа
    [many] { $count } отказов
   *[other] { $count } отказа
}
warning-red-flag = { $count ->
    [one] { $count } тревожный сигнал
    [few] { $count } тревожных сигнала
    [many] { $count } тревожных сигналов
   *[other] { $count } тревожного сигнала
}
warning-suspected = { $count ->
    [one] { $count } предполагаемый тревожный сигнал
    [few] { $count } предполагаемых тревожных сигнала
    [many] { $count } предполагаемых тревожных сигналов
   *[other] { $count } предполагаемого тревожного сигнала
}
verdict-line = Вердикт: { $verdict } — { $why }
rule-red-flag-confirmed = подтверждён тревожный сигнал уродливого партнёрства (руководство, { $source }).
rule-coverage-below-minimum = слишком мало вопросов имеют ответ, чтобы принять решение (руководство, { $source }).
rule-refusal = партнёр отказался отвечать или показывать документы (руководство, { $source }).
rule-standard-not-met = хотя бы один минимальный стандарт не выполняется (руководство, { $source }).
rule-standard-partly-met = хотя бы один минимальный стандарт выполняется лишь частично (руководство, { $source }).
rule-standard-unknown = слишком мало известно хотя бы об одном минимальном стандарте (руководство, { $source }).
rule-always = все минимальные стандарты выполняются, тревожных сигналов и отказов нет (руководство, { $source }).
rule-red-flag-suspected = есть подозрение на тревожный сигнал уродливого партнёрства; его нужно проверить, прежде чем идти дальше (руководство, { $source }).
rule-red-flag-open = на вопрос о тревожном сигнале ещё нет известного ответа; его нужно задать, прежде чем называть партнёрство хорошим (руководство, { $source }).
reason-open = { $name } (руководство, { $source }): оценка ещё не окончательна — известны ответы на { $known } из { $applicable } { $applicable ->
    [one] вопроса
    [few] вопросов
    [many] вопросов
   *[other] вопроса
}; в зависимости от недостающих ответов балл может оказаться от { $low } до { $high }
firm-yes = Этот вердикт окончательный: никакие ответы на открытые вопросы не могут его изменить.
firm-at-best = В лучшем случае { $verdict }: ответы на открытые вопросы не могут улучшить вердикт, но ещё могут изменить его на «{ $worst }».
firm-at-worst = Пока { $verdict }: открытые вопросы ещё могут изменить вердикт на «{ $best }», но не ухудшить его.
firm-between = Предварительно: в зависимости от открытых вопросов вердикт ещё может оказаться от «{ $best }» до «{ $worst }».
decisive-title = Открытые вопросы, которые могут изменить вердикт, в том порядке, в каком их стоит задать:
decisive-outcome = ответ «{ $answer }» дал бы вердикт «{ $verdict }»
negotiate-title-before = О чём договориться до подписания
negotiate-title-ongoing = О чём договориться в следующем соглашении
negotiate-find-out = { $count ->
    [1] Выясните до решения: { $count } открытый вопрос может изменить вердикт; задайте его партнёру:
    [one] Выясните до решения: { $count } открытый вопрос может изменить вердикт; задайте их партнёру в этом порядке:
    [few] Выясните до решения: { $count } открытых вопроса могут изменить вердикт; задайте их партнёру в этом порядке:
    [many] Выясните до решения: { $count } открытых вопросов могут изменить вердикт; задайте их партнёру в этом порядке:
   *[other] Выясните до решения: { $count } открытого вопроса могут изменить вердикт; задайте их партнёру в этом порядке:
}
reasons-title = Причины
reason-red-flag = Тревожный сигнал подтверждён (руководство, { $source }): { $name }
reason-suspected = Подозрение на тревожный сигнал (руководство, { $source }): { $name }
reason-refusals = { $count ->
    [one] Партнёр отказался отвечать или показывать документы по { $count } вопросу (руководство, { $source }):
    [few] Партнёр отказался отвечать или показывать документы по { $count } вопросам (руководство, { $source }):
    [many] Партнёр отказался отвечать или показывать документы по { $count } вопросам (руководство, { $source }):
   *[other] Партнёр отказался отвечать или показывать документы по { $count } вопроса (руководство, { $source }):
}
reason-not-met = { $name } (руководство, { $source }): стандарт не выполняется, балл { $score }
reason-partly = { $name } (руководство, { $source }): стандарт выполняется лишь частично, балл { $score }
reason-unknown = { $name }: известно слишком мало (известны ответы на { $known } из { $applicable } { $applicable ->
    [one] вопроса
    [few] вопросов
    [many] вопросов
   *[other] вопроса
})
reason-all-not-applicable = { $name }: все вопросы отмечены как «неприменимо», но минимальный стандарт применим всегда — проверьте эти ответы.
negotiate-all-not-applicable = { $name }: договоритесь с партнёром, как этот минимальный стандарт применяется к вашему партнёрству, затем ответьте на его вопросы.
reason-coverage = Известный ответ (да, частично, нет или отказ) есть лишь у { $coverage } вопросов; для решения нужно { $minimum }.
reason-all-met = Все минимальные стандарты выполняются; тревожных сигналов нет, и партнёр ответил на все вопросы.
negotiate-unknown = { $name }: выясните до решения — задайте партнёру оставшиеся открытыми вопросы.
negotiate-refusals = { $count ->
    [1] Снова попросите письменно ответ или документы по этому вопросу; партнёр, который продолжает отказываться, — не хороший партнёр:
    [one] Снова попросите письменно ответы или документы по { $count } вопросу; партнёр, который продолжает отказываться, — не хороший партнёр:
    [few] Снова попросите письменно ответы или документы по этим { $count } вопросам; партнёр, который продолжает отказываться, — не хороший партнёр:
    [many] Снова попросите письменно ответы или документы по этим { $count } вопросам; партнёр, который продолжает отказываться, — не хороший партнёр:
   *[other] Снова попросите письменно ответы или документы по этим вопросам ({ $count }); партнёр, который продолжает отказываться, — не хороший партнёр:
}

## vet rubric show / validate
col-id = Код
col-source = Раздел
col-text = Текст
show-header = { $title } — { $id } { $version }. Источник: { $source }.
show-notes = Замечания об источнике
show-principles = Принципы INPUD
show-criteria = Критерии значимого участия
show-transparent-process = Прозрачный процесс
show-standards = Минимальные стандарты
show-compliance = Как оценивается выполнение
show-good-signs = Признаки хорошего партнёрства
show-bad-signs = Признаки плохого партнёрства
show-red-flags = Тревожные сигналы уродливого партнёрства
show-community-led = Руководит ли партнёром само сообщество?
show-questions = Вопросы
show-scoring = Подсчёт баллов: { $text }
show-labelled = { $label } ({ $source }): { $text }
validate-ok = { $file }: система оценки { $id } { $version } корректна ({ $standards ->
    [one] { $standards } стандарт
    [few] { $standards } стандарта
    [many] { $standards } стандартов
   *[other] { $standards } стандарта
}, { $questions ->
    [one] { $questions } вопрос
    [few] { $questions } вопроса
    [many] { $questions } вопросов
   *[other] { $questions } вопроса
}).
problem-no-languages = не объявлен ни один язык; добавьте, например, `languages: [en, fr]`
problem-bad-version = версия `{ $version }` не в формате МАЖОРНАЯ.МИНОРНАЯ.ПАТЧ (например, 1.0.0)
problem-empty-id = код пуст
problem-duplicate-id = код `{ $id }` использован дважды; коды должны быть уникальны во всём файле
problem-missing-text = нет текста на языке `{ $lang }`, который объявлен в системе оценки
problem-unknown-reference = `{ $id }` нет в `{ $list }`
problem-not-evidenced = ни один вопрос не даёт данных о `{ $id }`; добавьте его в `evidences.{ $list }` какого-либо вопроса
problem-no-question-at-stage = ни один вопрос о стандарте `{ $id }` не задаётся на этапе «{ $stage }», поэтому на нём его нельзя оценить
problem-no-standard = вопрос `{ $id }` не даёт данных ни об одном стандарте; укажите хотя бы один в `evidences.standards`
problem-out-of-range = `{ $name }` равно { $value }; значение должно быть от 0 до 1
problem-threshold-order = `partly` ({ $partly }) выше, чем `met` ({ $met })
problem-no-final-rule = последнее правило классификации должно быть `when: always`, чтобы каждый файл получил вердикт
problem-standard-and-red-flag = вопрос `{ $id }` даёт данные и о стандарте, и о тревожных сигналах; при `method: evidence-range` вопрос относится либо к стандарту, либо к тревожным сигналам, чтобы «нет» на тревожный сигнал никогда не повышало балл стандарта
problem-several-standards = вопрос `{ $id }` даёт данные более чем об одном стандарте; при `method: evidence-range` у каждого вопроса одна тема: оставьте один стандарт или разделите вопрос
problem-raises-without-red-flag = у вопроса `{ $id }` указано `raises`, но он не даёт данных ни об одном тревожном сигнале; уберите `raises` или добавьте сигнал в `evidences.red_flags`
problem-rule-order = правило `{ $when }` нарушает порядок «сначала данные»: при `method: evidence-range` правила идут от уродливого к плохому, затем к неопределённому и хорошему, и ни одно не проверяет охват
problem-missing-threshold = нет `{ $name }`; это нужно для `method: known-mean` (или используйте `method: evidence-range`)
problem-not-migrated = вопрос `{ $id }` версии { $from } не сохранён, не перенесён в `map` и не указан в `removed`
problem-standard-count = { $found ->
    [0] в системе оценки нет ни одного стандарта
    [one] в системе оценки { $found } стандарт
    [few] в системе оценки { $found } стандарта
    [many] в системе оценки { $found } стандартов
   *[other] в системе оценки { $found } стандарта
}; нужен хотя бы один

## Ошибки и подсказки
err-not-found = не удаётся прочитать { $file }: такого файла нет
err-not-found-help = проверьте путь; `vet interview` сохраняет файлы ответов в текущей папке
err-is-directory = { $file } — это папка, а не файл
err-is-directory-help = укажите путь к файлу .yaml внутри неё
err-permission = не удаётся прочитать { $file }: доступ запрещён
err-permission-help = проверьте права на файл (ls -l) или обратитесь к его владельцу
err-too-large = размер { $file } — { $size } { $size ->
    [one] байт
    [few] байта
    [many] байт
   *[other] байта
}; vet читает файлы размером не более { $limit } { $limit ->
    [one] байта
   *[other] байт
}
err-too-large-help = проверьте, тот ли это файл; файл ответов занимает несколько килобайт
err-not-utf8 = { $place }: это не текст в кодировке UTF-8
err-not-utf8-help = сохраните файл в кодировке UTF-8 в своём редакторе и попробуйте снова
err-read = не удаётся прочитать { $file }: { $detail }
err-syntax = { $place }: { $detail }
err-answers-syntax-help = исправьте файл в этом месте; `vet man` описывает файл ответов, а `vet rubric show` показывает коды вопросов
err-rubric-syntax-help = исправьте систему оценки в этом месте; `vet rubric show --format yaml` выводит корректную систему оценки, с которой можно начать
err-empty = { $file } пуст
err-answers-empty-help = файл ответов начинается с `rubric:`, `partner:`, `date:`, `stage:` и `answers:`; `vet man` показывает такой файл целиком
err-rubric-empty-help = `vet rubric show --format yaml` выводит встроенную систему оценки, с которой можно начать
err-schema-too-new = { $file } использует схему системы оценки { $found }; эта версия vet читает схему { $supported }
err-schema-too-new-help = обновите vet, чтобы прочитать эту систему оценки
err-rubric-invalid-help = исправьте проблемы, указанные выше; `vet rubric validate { $file }` проверит файл снова
err-other-rubric = { $file } написан для системы оценки `{ $found }`, а не `{ $expected }`
err-other-rubric-help = оценивайте его по той системе оценки, для которой он написан: --rubric ПУТЬ
err-incompatible-version = { $file } написан для версии системы оценки { $found }, а эта система оценки — версии { $expected }: это другая мажорная версия, и её вопросы могут значить другое
err-incompatible-version-help = перепишите его для этой версии командой `vet migrate ФАЙЛ -o НОВЫЙ` или оценивайте по той версии системы оценки, для которой он написан (--rubric ПУТЬ)
err-off-scale = { $place }: `{ $found }` нет в шкале ответов
err-off-scale-help = может быть, вы имели в виду "{ $nearest }"? Шкала: "yes", "partly", "no", "dont-know", "refused" и "n/a" (да, частично, нет, не знаю, отказ, неприменимо)
err-answered-twice = { $place }: на вопрос `{ $id }` здесь дан второй ответ
err-answered-twice-help = оставьте по одному ответу на каждый вопрос и удалите лишний
err-unknown-question = { $place }: в системе оценки нет вопроса `{ $id }`
err-unknown-question-suggest = может быть, вы имели в виду `{ $id }`?
err-unknown-question-help = `vet rubric show` показывает все вопросы с их кодами

## Примечания
notice-unknown-language = vet пока не знает языка `{ $lang }`; используется английский
notice-other-version = { $file } написан для версии системы оценки { $found }, а это версия { $expected }: оценка по общим вопросам
notice-not-at-stage = { $file }: вопрос `{ $id }` не задаётся на этапе «{ $stage }»; ответ на него не учитывается

## vet interview
err-no-terminal = команде vet interview нужен терминал, чтобы задавать вопросы, а стандартный ввод, стандартный вывод или вывод ошибок им не является
err-no-terminal-help = чтобы оценить ответы в скрипте, напишите файл ответов (его описывает `vet man`) и запустите `vet score ФАЙЛ`
err-save = не удаётся сохранить ответы в { $file }: { $detail }
err-save-help = прежний файл, если он был, не пострадал; { $what }
ask-partner = Название организации-партнёра:
ask-choice = Ваш выбор:
ask-stage = На каком этапе проводится эта оценка?
ask-answer = Ваш ответ:
ask-note = Заметка (необязательно; Enter — оставить пустой):
ask-evidence = Просмотренные документы через ; (необязательно):
menu-dont-know = не знаю / пропустить
menu-note = Добавить заметку или просмотренные документы…
menu-help = Почему это важно?
menu-back = ← Вернуться к предыдущему вопросу
previous-answer = Прежний ответ: { $answer }
saving-to = Каждый ответ сразу сохраняется в { $file } (прочитать его можете только вы).
red-flag-now = ⚑ Тревожный сигнал: { $name } (руководство, { $source })
resume-prompt = В { $file } есть опрос, остановленный после { $answered } из { $total } { $total ->
    [one] вопроса
    [few] вопросов
    [many] вопросов
   *[other] вопроса
}.
resume-at = Продолжить с вопроса { $number }
resume-restart = Начать заново с вопроса 1…
finished-prompt = В { $file } есть завершённый опрос.
finished-revise = Пересмотреть ответы с вопроса 1
finished-show = Показать результат
err-existing-broken = { $file } похож на файл ответов, но прочитать его как файл ответов нельзя; vet не станет его перезаписывать
err-existing-broken-help = исправьте файл в указанном выше месте и снова запустите ту же команду или выберите другой файл с помощью --output
finished-earlier-prompt = В { $file } есть завершённая оценка от { $date }. Новая оценка записывается в новый файл, чтобы каждый датированный файл сохранил свои ответы.
finished-revise-today = Пересмотреть этот файл (его датой станет сегодняшняя)
help-text = Почему это важно? { $help }
quit = Выйти
other-assessment = В { $file } другая оценка, и vet не станет её перезаписывать. Записать вместо этого в { $other }?
write-to = Записать в { $other }
saved-in = Ответы сохранены в { $file }
interrupted-saved = Прервано. { $count ->
    [one] { $count } ответ сохранён
    [few] { $count } ответа сохранены
    [many] { $count } ответов сохранено
   *[other] { $count } ответа сохранено
} в { $file }; запустите ту же команду, чтобы продолжить.
interrupted-nothing = Прервано до первого ответа; ничего не сохранено.

## Отчёты для передачи (vet score --format html/markdown/csv, --redact, --output)
report-title = Оценка партнёрства
report-assessor = Оценку провёл(а): { $assessor }
report-redacted = Версия для передачи: заметки, просмотренные документы и имя того, кто проводил оценку, удалены.
report-red-flags-title = Тревожные сигналы
report-no-red-flag = Ни одного тревожного сигнала уродливого партнёрства нет.
report-answers-title = Ответы по минимальным стандартам
report-standard-heading = { $name } (руководство, { $source })
report-no-answer = На вопросы этого стандарта ответов нет.
report-written = отчёт записан в { $file } (прочитать его можете только вы)
col-question = Вопрос
col-answer = Ответ
col-note = Заметка
col-evidence = Просмотренные документы
chart-title = Балл по каждому минимальному стандарту, от 0 до 1, с порогами системы оценки
chart-met = выполняется от { $value }
chart-partly = выполняется частично от { $value }
chart-unknown = неизвестно: известно слишком мало ({ $known } из { $applicable })
err-output-is-input = { $file } — один из файлов, по которым составлен этот отчёт; vet не станет его перезаписывать
report-written-partial = отчёт записан в { $file }, в нём { $written } из { $total } { $total ->
    [one] файла
    [few] файлов
    [many] файлов
   *[other] файла
}: остальные оценить не удалось (см. выше)
report-unchanged = ни один файл не удалось оценить: { $file } оставлен без изменений
err-output-is-rubric = { $file } — это система оценки; vet не станет перезаписывать её отчётом
err-write-stdout = не удаётся записать отчёт в стандартный вывод: { $detail }
err-write-stdout-help = освободите место там, куда идёт вывод, или запишите отчёт в другое место с помощью -o ФАЙЛ
err-output-is-answers = { $file } — это файл ответов; vet не станет перезаписывать его отчётом
err-output-not-file = { $file } — не обычный файл; vet записывает отчёт только в файл
err-output-help = запишите отчёт в другой файл, например --output { $suggestion }
err-write-output = не удаётся записать отчёт в { $file }: { $detail }
## vet diff и vet history
diff-partner = Партнёр: { $partner } — { $stage }
diff-rubric = Система оценки: { $id } { $version }
diff-side-before = До: { $date } ({ $file })
diff-side-after = После: { $date } ({ $file })
diff-verdict = Вердикт: { $verdict } ({ $trend })
diff-from-to = { $before } → { $after }
diff-was-now = было: { $before }, стало: { $after }
diff-trend-better = лучше
diff-trend-worse = хуже
diff-trend-unchanged = без изменений
diff-trend-unclear = нельзя сказать
diff-trend-same-weight = тот же вес
diff-no-change = Изменений нет: тот же вердикт, баллы, тревожные сигналы, отказы и ответы.
diff-col-before = До
diff-col-after = После
diff-col-change = Изменение
diff-col-question = Вопрос
diff-flags-raised = Новые тревожные сигналы ({ $count })
diff-flags-cleared = Снятые тревожные сигналы ({ $count })
diff-suspected-raised = Тревожные сигналы, которые теперь под подозрением ({ $count })
diff-suspected-cleared = Тревожные сигналы, которые больше не под подозрением ({ $count })
diff-refusals-added = Новые отказы ({ $count })
diff-refusals-resolved = Снятые отказы ({ $count })
diff-only-before = Ответы только в прежней оценке, от { $date } ({ $count })
diff-only-after = Ответы только в новой оценке, от { $date } ({ $count })
diff-answers-changed = { $count ->
    [one] { $count } ответ изменился
    [few] { $count } ответа изменились
    [many] { $count } ответов изменились
   *[other] { $count } ответа изменились
}
diff-flag = { $name } (руководство, { $source })
diff-flag-was-suspected = { $name } (руководство, { $source }), прежде под подозрением
diff-flag-still-suspected = { $name } (руководство, { $source }), всё ещё под подозрением
diff-not-in-rubric = `{ $id }` (нет в версии системы оценки { $version })
diff-now = { $question } — теперь: { $answer }
diff-no-answer-now = { $question } — ответа больше нет
diff-err-other-rubrics = { $file } написан для системы оценки `{ $found }`, а { $first } — для `{ $expected }`: ответы по разным системам оценки сравнивать нельзя
diff-err-other-rubrics-help = сравнивайте файлы, написанные для одной системы оценки; `vet score` оценивает каждый файл отдельно
diff-err-other-partners = { $file } — о `{ $found }`, а { $first } — о `{ $expected }`
diff-err-other-partners-help = если это та же организация под изменённым написанием или новым названием (написание названий часто меняется из года в год), снова запустите ту же команду с --force
diff-notice-other-partners = { $file } — о `{ $found }`, а { $first } — о `{ $expected }`; всё равно сравниваются (--force)
diff-notice-retired = { $file }: вопроса `{ $id }` нет в версии системы оценки { $version }; ответ на него показан отдельно и в баллах не учитывается
diff-notice-versions = файлы написаны для разных версий системы оценки { $id } ({ $versions }): сравнение по общим вопросам
diff-notice-order = { $old } ({ $old_date }) датирован позже, чем { $new } ({ $new_date }); он всё равно сравнивается как более ранний файл: поменяйте их местами, если вы имели в виду другое
history-header = Партнёр: { $partner } — { $count ->
    [one] { $count } оценка
    [few] { $count } оценки
    [many] { $count } оценок
   *[other] { $count } оценки
}, с { $first } по { $last }
history-col-date = Дата
history-col-verdict = Вердикт
history-trend = Динамика
history-key-bars = Динамика: каждый балл, от самого раннего к последнему, от ▁ (0) до █ (1); · значит, что ничего не было известно.
history-key-digits = Динамика: десятые доли каждого балла, от самого раннего к последнему, от 0 (от 0,00 до 0,09) до 9 (от 0,90 до 1,00); - значит, что ничего не было известно.
history-standards = Минимальные стандарты, от первого известного балла к последнему:
history-standard = { $name }: { $scores } ({ $trend })
history-verdicts = Вердикт, от первой оценки к последней: { $verdicts }
history-files = Файлы, от самого раннего:
history-file = { $date }: { $file } ({ $stage })
## vet diff и vet history: что известно, узкие терминалы
diff-verdict-less-known = теперь известно меньше
diff-verdict-more-known = теперь известно больше
diff-less-known = Теперь известно меньше: { $count ->
    [one] { $count } минимальный стандарт стал неизвестным
    [few] { $count } минимальных стандарта стали неизвестными
    [many] { $count } минимальных стандартов стали неизвестными
   *[other] { $count } минимального стандарта стали неизвестными
} из-за нехватки ответов. Это ничего не говорит о том, как действовал партнёр: найдите недостающие ответы, прежде чем делать выводы.
diff-more-known = Теперь известно больше: { $count ->
    [one] у { $count } минимального стандарта, который был неизвестен, теперь есть статус
   *[other] у { $count } минимальных стандартов, которые были неизвестны, теперь есть статус
}.
diff-standards-title = Минимальные стандарты
diff-labelled = { $label }: { $value }
history-verdicts-title = Вердикты, от самого раннего:
history-verdict-at = { $date }: { $verdict }
history-standards-all = Минимальные стандарты, каждый балл, от самого раннего:
history-scores-sep = { "; " }
## Надёжность: YAML, который vet отказывается читать
err-yaml-alias = { $place }: в этом файле используется псевдоним YAML (`*имя`), а vet их не читает
err-yaml-alias-help = впишите значение полностью на место псевдонима; псевдонимы могут раздуть маленький файл до гигабайтов, поэтому vet их не принимает
err-yaml-too-deep = { $place }: списки и таблицы вложены глубже { $limit } { $limit ->
    [one] уровня
   *[other] уровней
}
err-yaml-too-deep-help = в файле ответов 4 уровня вложенности, в системе оценки — 5; проверьте, тот ли это файл
migrate-note-split = Перенесено командой vet migrate из вопроса `{ $id }` системы оценки { $version }, частью которого является этот вопрос: проверьте этот ответ.
migrate-summary = { $file }: система оценки { $from } → { $to }, вопросы: переименовано { $renamed }, разделено { $split }, удалено { $removed }
migrate-split = вопрос `{ $id }` разделён на { $parts }: каждая часть получила его ответ с заметкой о необходимости проверки
migrate-removed = вопрос `{ $id }` больше не задаётся: ответ на него не учитывается
migrate-conflict = вопрос `{ $id }` получил ответ от `{ $kept }`; другой прежний ответ на него отличался: проверьте его
migrate-written = { $file } записан для системы оценки { $version }
err-migrate-exists = { $file } уже существует; vet migrate никогда не пишет поверх файла
err-migrate-exists-help = укажите новое имя файла с -o или уберите -o, чтобы вывести результат в стандартный вывод
err-migrate-current = { $file } уже написан для системы оценки { $version }, текущей мажорной версии
err-migrate-current-help = переносить нечего: оцените его командой `vet score { $file }`
err-migrate-no-map = у текущей системы оценки ({ $to }) нет карты переноса из версии { $from }
err-migrate-no-map-help = оцените файл по той версии системы оценки, для которой он написан (--rubric ПУТЬ)
## Что в файле стоит там, где vet ждёт другого (подробности чтения YAML, сформулированные здесь)
yaml-at = { $path }: { $detail }
yaml-invalid-type = здесь { $found }, а ожидается { $expected }
yaml-invalid-type-other = здесь { $found }, а это поле такого не принимает
yaml-invalid-value = { $found } — недопустимое значение; ожидается { $expected }
yaml-unknown-field = неизвестное поле `{ $field }`; здесь допустимы поля { $allowed }
yaml-missing-field = нет поля `{ $field }`
yaml-duplicate-field = поле `{ $field }` указано дважды
yaml-unknown-value = `{ $value }` здесь недопустимо; допустимые значения: { $allowed }
yaml-bad-date = это не дата в формате ГГГГ-ММ-ДД (например, 2025-03-14)
yaml-found-text = текст "{ $value }"
yaml-found-number = число { $value }
yaml-found-boolean = значение { $value }
yaml-found-list = список
yaml-found-mapping = таблица (строки вида ключ: значение)
yaml-found-empty = пустое значение
yaml-found-other = значение другого типа
yaml-expected-text = текст
yaml-expected-number = число
yaml-expected-whole-number = целое число
yaml-expected-boolean = true или false
yaml-expected-list = список
yaml-expected-mapping = таблица (строки вида ключ: значение)
yaml-expected-answers-file = файл ответов (`rubric`, `partner`, `date`, `stage`, `answers`)
yaml-expected-rubric-ref = `id` и `version` системы оценки
yaml-expected-entry = ответ (`answer` и при необходимости `note` и `evidence`)
yaml-expected-answer-map = коды вопросов, у каждого свой ответ
yaml-expected-rubric = система оценки
yaml-expected-answer = одно из значений "yes", "partly", "no", "dont-know", "refused", "n/a"
## Системы оценки, в которых нет языка интерфейса
notice-rubric-language = в системе оценки { $id } { $version } нет текстов на русском языке; её вопросы, стандарты и советы показаны { $fallback ->
    [en] на английском
    [fr] на французском
   *[other] на её первом языке, `{ $fallback }`
}
## Опрос: ответ одной клавишей, заметки, итог на одном экране; ошибки записи
save-too-large = его размер был бы { $size } { $size ->
    [one] байт
    [few] байта
    [many] байт
   *[other] байта
}, а vet читает файлы размером не более { $limit } { $limit ->
    [one] байта
   *[other] байт
}
save-too-large-help = сократите самые длинные заметки в текстовом редакторе, затем снова запустите ту же команду
partner-blank = Название партнёра не может быть пустым: по нему называются файл ответов и каждый отчёт. Введите название или нажмите Esc, чтобы выйти.
err-partner-blank = название партнёра, указанное в --partner, пустое
err-partner-blank-help = укажите название организации, например --partner "Harbour Peer Network", или уберите --partner, чтобы vet его спросил
restart-confirm = Начать заново с вопроса 1? Это сотрёт { $count ->
    [one] { $count } ответ
    [few] { $count } ответа
    [many] { $count } ответов
   *[other] { $count } ответа
} в { $file }. Они остаются в файле до вашего первого нового ответа или заметки: если остановиться раньше, ничего не потеряется.
restart-no = Нет, продолжить с вопроса { $number }
restart-yes = Да, начать заново и стереть { $count ->
    [one] { $count } ответ
    [few] { $count } ответа
    [many] { $count } ответов
   *[other] { $count } ответа
}
answer-given = { $prompt } { $answer }
note-pending = Заметка сохранена для вашего ответа: { $note }
note-kept = Заметка сохранена; она будет записана с ответом, который вы выберете.
note-too-long = Эта заметка не сохранена: с ней файл ответов занял бы { $size } { $size ->
    [one] байт
    [few] байта
    [many] байт
   *[other] байта
}, а vet читает файлы размером не более { $limit } { $limit ->
    [one] байта
   *[other] байт
}. Ваши ответы и прежняя заметка сохранены. Сократите заметку или вынесите длинный текст в документ и укажите его название среди просмотренных документов.
file-full = Этот ответ не сохранён: с ним файл ответов занял бы { $size } { $size ->
    [one] байт
    [few] байта
    [many] байт
   *[other] байта
}, а vet читает файлы размером не более { $limit } { $limit ->
    [one] байта
   *[other] байт
}. Сократите или удалите несколько длинных заметок (Esc возвращает к предыдущим вопросам), затем ответьте снова.
result-title = Результат
summary-more = … и ещё { $count } в полном отчёте
summary-again = Чтобы снова увидеть полный отчёт, запустите:
summary-finish = Завершить
summary-full = Показать полный отчёт
write-why-no-folder = папки { $folder } не существует
write-why-not-folder = { $folder } — не папка
write-why-denied = у вас нет права записывать в папку { $folder }
write-why-read-only = папка { $folder } находится на диске, на который нельзя записывать
write-why-full = диск, на котором находится { $folder }, заполнен
write-why-is-folder = { $file } — это папка
write-help-no-folder = сначала создайте папку (mkdir -p { $folder }) или выберите другой файл с помощью { $flag }
write-help-other-folder = выберите с помощью { $flag } файл в папке, в которую можно записывать
write-help-other-file = выберите другое имя файла с помощью { $flag }
write-help-full = освободите место на этом диске или выберите с помощью { $flag } файл на другом диске
diff-notice-migrated = { $file } написан для системы оценки { $from }: он сравнивается по системе оценки { $to } через карту переноса (вопросы: разделено { $split }, удалено { $removed }); подробности показывает `vet migrate`
migrate-off-stage = вопрос `{ $id }` в новой версии не задаётся на этапе этого файла: ответ, который он получил бы, не учитывается
## vet export xlsform: тексты самой формы, на языках формы
form-partner = Название организации-партнёра
form-partner-hint = Организация, о которой эта оценка; пишите её название каждый раз одинаково.
form-stage = На каком этапе проводится эта оценка?
form-stage-before = До подписания соглашения
form-stage-ongoing = Во время партнёрства
form-role = Ваша роль (необязательно)
form-role-hint = Например: координатор, член правления, аутрич-работник. Не пишите своё имя.
form-note = Заметка (необязательно)
form-note-hint = Что было сказано или увидено, что ещё нужно проверить. Не пишите ничьих имён.
form-red-flags = Тревожные сигналы
form-other-questions = Другие вопросы
form-answer-yes = Да
form-answer-partly = Частично
form-answer-no = Нет
form-answer-dont-know = Не знаю
form-answer-refused = Отказался отвечать или показывать документы
form-answer-not-applicable = Неприменимо
## vet export xlsform
xlsform-written = форма записана в { $file }: { $questions ->
    [one] { $questions } вопрос
    [few] { $questions } вопроса
    [many] { $questions } вопросов
   *[other] { $questions } вопроса
} в { $groups ->
    [one] { $groups } группе
   *[other] { $groups } группах
}, языки: { $languages }; form_id { $id }, версия { $version }
err-xlsform-exists = { $file } уже существует; vet его не заменяет
err-xlsform-exists-help = задайте имя файла с помощью -o ФАЙЛ.xlsx; прежний файл .xlsx, указанный в -o, заменяется
err-xlsform-not-workbook = { $file } существует и не является файлом .xlsx; vet заменяет только прежний файл .xlsx
err-xlsform-not-workbook-help = укажите другой файл с помощью -o ФАЙЛ.xlsx
err-xlsform-write = не удаётся записать форму в { $file }: { $detail }
err-xlsform-build = не удаётся создать файл .xlsx: { $detail }
err-xlsform-lang = в системе оценки нет текстов на языке `{ $lang }`
err-xlsform-lang-help = форма может открываться на языках { $languages }: выберите один с помощью --lang
err-form-name = код `{ $id }` из системы оценки не может быть именем поля формы
err-form-name-help = имена в форме начинаются с буквы или _ и содержат только буквы, цифры, -, _ и .: переименуйте его в копии системы оценки и проверьте её командой `vet rubric validate`
err-form-clash = два поля формы получили бы имя `{ $name }` (имена сравниваются без учёта регистра, а `meta` уже занято)
err-form-clash-help = переименуйте код `{ $name }` в копии системы оценки
err-form-quote = код или версия `{ $value }` в системе оценки содержит и ', и ", а в форме они вместе быть не могут
err-form-quote-help = уберите кавычки одного вида в копии системы оценки
## vet import
import-place-row = { $file }, строка { $row }
import-place-item = { $file }, запись { $row }
import-written = записан { $file } ({ $partner }, { $date })
import-exists = { $file } уже существует и оставлен без изменений: запись была импортирована раньше
import-unknown-columns = { $file }: столбцы, которых нет в форме, пропущены ({ $count }): { $names }
import-summary = записано файлов ответов: { $written }; уже были: { $existing }; пропущено записей: { $skipped }
err-import-csv = { $place }: не удаётся прочитать CSV: { $detail }
err-import-json = { $place }: не удаётся прочитать JSON: { $detail }
err-import-read-help = укажите файл в том виде, в каком его выгрузил сервер, не пересохраняя его в табличном редакторе, или укажите его формат с помощью --format
err-import-no-submissions = { $file }: нет списка записей (списка JSON или объекта с `results`)
err-import-no-submissions-help = скачайте записи через API данных KoboToolbox (…/api/v2/assets/UID/data.json) или выгрузите CSV
err-import-not-vet = { $file }: это не выгрузка формы, созданной командой `vet export xlsform`: нет столбца { $missing }
err-import-not-vet-help = выгрузите данные с именами полей в заголовках: в KoboToolbox — "XML values and headers"; ODK Central всегда использует их
err-import-other-form = { $place }: эта запись относится к { $found_id } версии { $found_version }, а не к { $id } версии { $version }; пропущена
err-import-other-form-help = импортируйте её с той системой оценки, по которой сделана её форма: --rubric ФАЙЛ
err-import-no-rubric = { $place }: в записи не указано, к какой системе оценки она относится (`rubric_id` и `rubric_version` пусты); пропущена
err-import-no-partner = { $place }: нет названия партнёра; запись пропущена
err-import-bad-stage = { $place }: этап `{ $found }` — ни `before`, ни `ongoing`; запись пропущена
err-import-bad-answer = { $place }: вопрос `{ $id }`: `{ $found }` — не ответ из формы; запись пропущена
err-import-bad-answer-help = ответы формы: `yes`, `partly`, `no`, `dont_know`, `refused` и `not_applicable`; выгрузите данные с "XML values and headers"
err-import-no-date = { $place }: нет даты: `start`, `end`, `_submission_time` и `SubmissionDate` пусты; запись пропущена
err-import-not-decrypted = { $place }: запись зашифрована и не была расшифрована ({ $status }); пропущена
err-import-not-decrypted-help = выгрузите данные из ODK Central снова, указав парольную фразу шифрования проекта
err-import-row-help = остальные записи импортируются; исправьте эту на сервере и импортируйте выгрузку снова: уже импортированное не будет записано дважды
err-import-write = не удаётся записать { $file }: { $detail }
err-import-out-dir = не удаётся создать папку { $file }: { $detail }
err-import-zip = { $file }: не удаётся прочитать zip-архив: { $detail }
err-import-zip-csv = { $file }: в zip-архиве { $count ->
    [0] нет файлов CSV
    [one] { $count } файл CSV, и vet не может определить, файл ли это формы: { $names }
    [few] { $count } файла CSV, и vet не может определить, какой из них — файл формы: { $names }
    [many] { $count } файлов CSV, и vet не может определить, какой из них — файл формы: { $names }
   *[other] { $count } файла CSV, и vet не может определить, какой из них — файл формы: { $names }
}
err-import-zip-csv-help = распакуйте его и передайте vet файл CSV, названный по коду формы
err-import-zip-too-large = { $file }: после распаковки { $name } больше { $limit } { $limit ->
    [one] байта
   *[other] байт
}
err-import-zip-too-large-help = выгружайте меньше записей за раз (фильтр по дате на сервере) или разделите CSV
err-import-zip-not-utf8 = { $file }: { $name } — не текст в кодировке UTF-8
## Вердикт по ходу опроса; группа респондентов
problem-panel-window = `window_days` равно { $days }; значение должно быть от 1 до { $max } дней (файлы, разделённые большим сроком, — это две разные оценки: сравните их командой `vet diff`)
resume-decisive = Продолжить, начиная с вопросов, которые могут изменить вердикт
progress-open = вердикт на данный момент: { $verdict }, ещё не окончательный
progress-firm = вердикт: { $verdict }, окончательный
firm-offer = Вердикт больше не может измениться: { $verdict }. Закончить сейчас или продолжить?
firm-finish = Закончить сейчас и посмотреть результат (без ответа останется вопросов: { $count })
firm-go-on = Продолжить вопросы
panel-report-title = Группа респондентов
panel-header = Группа: { $partner } — { $stage } — респондентов: { $count }, с { $from } по { $to }
panel-rubric = Система оценки { $id } { $version } — объединённые ответы: известны ответы на { $known } из { $total } { $total ->
    [one] вопроса
    [few] вопросов
    [many] вопросов
   *[other] вопроса
}
panel-rules = Правила объединения ({ $from }): тревожный сигнал подтверждён, когда о нём сообщают { $confirm } из ответивших респондентов, иначе он остаётся под подозрением; отказ, с которым столкнулся хоть кто-то, учитывается; остальные ответы: { $combine }. Одна оценка: файлы с разницей не более { $window } дн.
panel-rules-rubric = раздел panel системы оценки
panel-rules-default = по умолчанию в vet
panel-share-any = хотя бы один
panel-share-majority = больше половины
panel-share-all = все
panel-combine-lower-median = медиана, при равенстве — менее благоприятный ответ
panel-combine-least-favourable = наименее благоприятный ответ
panel-respondents = Респонденты: { $files }
panel-agenda-title = Обсудить в первую очередь: где респонденты расходятся ({ $count })
panel-agenda-none = Респонденты согласны по каждому вопросу, на который ответили.
panel-agenda-item = { $question } — объединённый ответ: { $answer }. { $why }.
panel-agenda-flags = Тревожный сигнал: { $flags }.
panel-side = { $answer } — { $who }
panel-side-note = { $answer } — { $who }: { $note }
panel-why-no-answer = Никто не ответил
panel-why-none-known = Никто не знает
panel-why-same = Все согласны
panel-why-red-flag-reported = О тревожном сигнале сообщило достаточно респондентов: подтверждён, это нужно проверить (руководство, 5.3)
panel-why-red-flag-contradicted = О тревожном сигнале сообщили, но другие это оспорили: под подозрением, это нужно проверить (руководство, 5.3)
panel-why-red-flag-partly = О тревожном сигнале сообщили частично: под подозрением, это нужно проверить (руководство, 5.3)
panel-why-refusal = Один из респондентов столкнулся с отказом, а отказ учитывается (руководство, 6)
panel-why-lower-median = Медианный ответ, при равенстве — менее благоприятный
panel-why-least-favourable = Наименее благоприятный из данных ответов
panel-verdict-line = Объединённый вердикт: { $verdict } — { $why }
panel-respondents-range = Собственные вердикты респондентов — от «{ $best }» до «{ $worst }».
panel-respondents-same = Собственный вердикт каждого респондента — «{ $verdict }».
panel-col-panel = Вместе
panel-col-respondents = Респонденты
panel-col-partner = Партнёр
panel-col-difference = Разница
panel-col-respondent = Респондент
panel-col-answers = Ответы
panel-col-agreement = Согласие
panel-col-combined = Объединённый ответ
panel-range = от { $low } до { $high }
panel-count = { $count } { $answer }
panel-count-blank = { $count } без ответа
panel-agreement-unknown = никто не знает
panel-agreement-agree = согласны
panel-agreement-differ = расходятся
panel-agreement-split = противоположны
panel-respondents-title = Респонденты
panel-questions-title = Все вопросы: как распределились ответы
panel-partner-title = Собственный взгляд партнёра ({ $file }), не учитывается в объединённом вердикте
panel-partner-verdict = Собственные ответы партнёра дали бы вердикт «{ $verdict }».
panel-gaps-title = Где партнёр видит себя иначе ({ $count })
panel-gap = { $question } — партнёр отвечает «{ $partner }»; { $count } из { $known } ваших респондентов отвечают иначе, чаще всего «{ $answer }» (объединённый ответ: { $panel }).
panel-gap-none = Ответы партнёра совпадают с объединёнными ответами везде, где респонденты знают ответ.
panel-chart-title = Разброс баллов респондентов по каждому стандарту.
panel-chart-legend = Полоса: от самого низкого балла респондента до самого высокого; точки: каждый респондент; столбец: объединённый балл, цвет — по его статусу.
panel-chart-legend-partner = Полоса: от самого низкого балла респондента до самого высокого; точки: каждый респондент; столбец: объединённый балл, цвет — по его статусу; ромб: собственный взгляд партнёра.
panel-chart-label = { $panel } ({ $range })
panel-err-twice = { $file } указан дважды
panel-err-twice-help = каждый респондент учитывается один раз: укажите каждый файл один раз, а файл для --partner-view — отдельно от файлов респондентов
panel-err-other-version = { $file } написан для версии системы оценки { $found }, а { $first } — для { $expected }: для группы нужна одна мажорная версия
panel-err-other-version-help = перепишите более старые файлы командой `vet migrate`, затем объедините новые файлы
panel-err-other-stage = { $file } относится к этапу «{ $found }», а { $first } — к этапу «{ $expected }»: группа объединяет ответы, данные на одном этапе
panel-err-other-stage-help = укажите файлы одной оценки; оценку до подписания и более позднюю оценку сравнивайте командой `vet diff`
panel-err-too-far-apart = между { $earliest } ({ $earliest_date }) и { $latest } ({ $latest_date }) дней: { $days }; файлы одной оценки разделяет не больше { $window } дн.
panel-err-too-far-apart-help = укажите файлы одной оценки (срок задан в системе оценки как `panel.window_days`); для оценок с разницей в несколько месяцев используйте `vet history`
## Отклонённые параметры, vet man, папки и списки файлов
err-unused-option = `{ $command }` не использует { $option }; параметр не принимается, а не молча пропускается
err-unused-option-help = уберите { $option }; `{ $command } --help` перечисляет параметры, которые команда принимает
err-unused-rubric-validate-help = `vet rubric validate` проверяет систему оценки, указанную как ПУТЬ: запустите `vet rubric validate { $path }`, чтобы проверить { $path }
err-man-exists = { $file } существует и не является страницей руководства vet; vet не пишет поверх него
err-man-exists-help = выберите другой файл с помощью --output или сначала удалите { $file }
err-write-man = не удаётся записать страницу руководства в { $file }: { $detail }
man-written = страница руководства записана в { $file }
err-stdin-twice = стандартный ввод можно прочитать только один раз, а он указан дважды (как `-` или как `-` и в `--files-from -`)
err-stdin-twice-help = передайте через стандартный ввод один файл или список файлов, но не то и другое; остальные файлы можно указать путями
err-no-inputs = нет файлов ответов для чтения: в указанных папках нет файлов .yaml, а в списке не указано ни одного
err-no-inputs-help = проверьте путь к папке; vet читает файлы, имена которых оканчиваются на .yaml, в самой папке и во вложенных папках
