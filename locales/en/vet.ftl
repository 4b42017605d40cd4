# vet — English interface strings.
# Every message here must exist in every other locale with the same variables (tests/locales.rs).

## Labels of diagnostics
label-error = error
label-help = help
diag-line = { $label }: { $message }
label-notice = notice

## Verdicts, statuses, answers, stages
verdict-good = GOOD
verdict-bad = BAD
verdict-ugly = UGLY
verdict-inconclusive = INCONCLUSIVE
status-met = met
status-partly = partly met
status-not-met = not met
status-unknown = unknown
answer-yes = yes
answer-partly = partly
answer-no = no
answer-dont-know = don't know
answer-refused = refused
answer-not-applicable = not applicable
stage-before = before signing
stage-ongoing = ongoing partnership
stage-both = both stages
yes-favourable = yes is favourable
yes-warning = yes is a warning

## vet score
score-header = Partner: { $partner } — { $date } — { $stage } ({ $file })
score-rubric = Rubric { $id } { $version } — { $answered } of { $total } questions answered, { $known } with a known answer
col-standard = Minimum standard
col-score = Score
col-status = Status
col-answered = Known answers
col-warnings = Warnings
warning-refused = { $count ->
    [one] { $count } refusal
   *[other] { $count } refusals
}
warning-red-flag = { $count ->
    [one] { $count } red flag
   *[other] { $count } red flags
}
warning-suspected = { $count ->
    [one] { $count } suspected red flag
   *[other] { $count } suspected red flags
}
verdict-line = Verdict: { $verdict } — { $why }
rule-red-flag-confirmed = a red flag of an ugly partnership is confirmed (guide { $source }).
rule-coverage-below-minimum = too few questions have an answer to decide (guide { $source }).
rule-refusal = the partner refused to answer or to show documents (guide { $source }).
rule-standard-not-met = at least one minimum standard is not met (guide { $source }).
rule-standard-partly-met = at least one minimum standard is only partly met (guide { $source }).
rule-standard-unknown = too little is known about at least one minimum standard (guide { $source }).
rule-always = every minimum standard is met, with no red flag or refusal (guide { $source }).
rule-red-flag-suspected = a red flag of an ugly partnership is suspected and must be checked before going on (guide { $source }).
rule-red-flag-open = a red-flag question has no known answer yet; it must be asked before the partnership can be called good (guide { $source }).
reason-open = { $name } (guide { $source }): still open — { $known } of { $applicable } questions have a known answer; the open ones could put its score anywhere from { $low } to { $high }
firm-yes = This verdict is firm: no answer to the open questions can change it.
firm-at-best = { $verdict } at best: no answer to the open questions can make it better, but they could still make it { $worst }.
firm-at-worst = { $verdict } for now: the open questions could still make it { $best }, never worse.
firm-between = Provisional: the open questions could still make it anything from { $best } to { $worst }.
decisive-title = Open questions that could change the verdict, in the order to ask them:
decisive-outcome = "{ $answer }" would make it { $verdict }
negotiate-title-before = What to negotiate before signing
negotiate-title-ongoing = What to negotiate for the next agreement
negotiate-find-out = { $count ->
    [one] Find out before deciding: { $count } open question could change the verdict; ask the partner:
   *[other] Find out before deciding: { $count } open questions could change the verdict; ask the partner, in this order:
}
reasons-title = Reasons
reason-red-flag = Red flag confirmed (guide { $source }): { $name }
reason-suspected = Red flag suspected (guide { $source }): { $name }
reason-refusals = { $count ->
    [one] The partner refused to answer or to show documents on { $count } question (guide { $source }):
   *[other] The partner refused to answer or to show documents on { $count } questions (guide { $source }):
}
reason-not-met = { $name } (guide { $source }): not met, score { $score }
reason-partly = { $name } (guide { $source }): only partly met, score { $score }
reason-unknown = { $name }: too little is known ({ $known } of { $applicable } { $applicable ->
    [one] question
   *[other] questions
} with a known answer)
reason-all-not-applicable = { $name }: every question was marked not applicable, yet a minimum standard always applies — check those answers.
negotiate-all-not-applicable = { $name }: agree with the partner how this minimum standard applies to your partnership, then answer its questions.
reason-coverage = Only { $coverage } of the questions have a known answer (yes, partly, no or refused); { $minimum } are needed to decide.
reason-all-met = Every minimum standard is met; no red flag stands and the partner answered everything asked.
negotiate-unknown = { $name }: find out before deciding — ask the partner the questions left open.
negotiate-refusals = { $count ->
    [one] Ask again, in writing, for an answer or the documents on this question; a partner that keeps refusing is not a good partner:
   *[other] Ask again, in writing, for answers or the documents on these { $count } questions; a partner that keeps refusing is not a good partner:
}

## vet rubric show / validate
col-id = Id
col-source = Section
col-text = Text
show-header = { $title } — { $id } { $version }. Source: { $source }.
show-notes = Notes on the source
show-principles = INPUD principles
show-criteria = Criteria for meaningful involvement
show-transparent-process = A transparent process
show-standards = Minimum standards
show-compliance = How compliance is judged
show-good-signs = Signs of a good partnership
show-bad-signs = Signs of a bad partnership
show-red-flags = Red flags of an ugly partnership
show-community-led = Is the partner community-led?
show-questions = Questions
show-scoring = Scoring: { $text }
show-labelled = { $label } ({ $source }): { $text }
validate-ok = { $file }: valid rubric { $id } { $version } ({ $standards ->
    [one] { $standards } standard
   *[other] { $standards } standards
}, { $questions ->
    [one] { $questions } question
   *[other] { $questions } questions
}).
problem-no-languages = no languages are declared; add for example `languages: [en, fr]`
problem-bad-version = version `{ $version }` is not MAJOR.MINOR.PATCH (for example 1.0.0)
problem-empty-id = the id is empty
problem-duplicate-id = the id `{ $id }` is used twice; ids must be unique in the whole file
problem-missing-text = no text in `{ $lang }`, which the rubric declares
problem-unknown-reference = `{ $id }` is not in `{ $list }`
problem-not-evidenced = `{ $id }` is evidenced by no question; add it to a question's `evidences.{ $list }`
problem-no-question-at-stage = no question about standard `{ $id }` is asked at the stage "{ $stage }", so it could never be judged then
problem-no-standard = question `{ $id }` evidences no standard; list at least one under `evidences.standards`
problem-out-of-range = `{ $name }` is { $value }; it must be between 0 and 1
problem-threshold-order = `partly` ({ $partly }) is above `met` ({ $met })
problem-no-final-rule = the last classification rule must be `when: always`, so every file gets a verdict
problem-standard-and-red-flag = question `{ $id }` evidences both a standard and red flags; with `method: evidence-range` a question evidences one standard or red flags, so that a "no" to a red flag never raises a standard's score
problem-several-standards = question `{ $id }` evidences more than one standard; with `method: evidence-range` each question has one subject: keep one standard, or split the question
problem-raises-without-red-flag = question `{ $id }` sets `raises` but evidences no red flag; remove `raises` or add the flag under `evidences.red_flags`
problem-rule-order = the rule `{ $when }` breaks the evidence-first order: with `method: evidence-range` the rules go from ugly to bad to inconclusive to good, and none tests coverage
problem-missing-threshold = `{ $name }` is missing; `method: known-mean` needs it (or use `method: evidence-range`)
problem-not-migrated = question `{ $id }` of version { $from } is neither kept, nor mapped under `map`, nor listed under `removed`
problem-panel-window = `window_days` is { $days }; it must be from 1 to { $max } days (files further apart are two reviews: compare them with `vet diff`)
problem-standard-count = the rubric has { $found ->
    [0] no standard
    [one] { $found } standard
   *[other] { $found } standards
}; it needs at least one

## Errors and their help
err-not-found = cannot read { $file }: no such file
err-not-found-help = check the path; `vet interview` writes answers files in the current folder
err-is-directory = { $file } is a folder, not a file
err-is-directory-help = give the path of a .yaml file inside it
err-permission = cannot read { $file }: permission denied
err-permission-help = check the file's permissions (ls -l) or ask its owner
err-too-large = { $file } is { $size } bytes; vet reads files of at most { $limit } bytes
err-too-large-help = check that this is the right file; an answers file is a few kilobytes
err-not-utf8 = { $place }: not UTF-8 text
err-not-utf8-help = save the file as UTF-8 in your editor, then try again
err-read = cannot read { $file }: { $detail }
err-syntax = { $place }: { $detail }
err-answers-syntax-help = fix the file at that place; `vet man` describes the answers file, and `vet rubric show` lists the question ids
err-rubric-syntax-help = fix the rubric at that place; `vet rubric show --format yaml` prints a valid rubric to start from
err-empty = { $file } is empty
err-answers-empty-help = an answers file starts with `rubric:`, `partner:`, `date:`, `stage:` and `answers:`; `vet man` shows one whole
err-rubric-empty-help = `vet rubric show --format yaml` prints the embedded rubric to start from
err-schema-too-new = { $file } uses rubric schema { $found }; this vet reads schema { $supported }
err-schema-too-new-help = upgrade vet to read this rubric
err-rubric-invalid-help = fix the problems above; `vet rubric validate { $file }` checks the file again
err-other-rubric = { $file } was written for the rubric `{ $found }`, not `{ $expected }`
err-other-rubric-help = score it with the rubric it was written for: --rubric PATH
err-incompatible-version = { $file } was written for version { $found } of the rubric, and this rubric is version { $expected }: another major version, whose questions may mean something else
err-incompatible-version-help = rewrite it for this version with `vet migrate FILE -o NEW`, or score it with the rubric version it was written for (--rubric PATH)
err-off-scale = { $place }: `{ $found }` is not on the answer scale
err-off-scale-help = did you mean "{ $nearest }"? The scale is "yes", "partly", "no", "dont-know", "refused" and "n/a"
err-answered-twice = { $place }: the question `{ $id }` is answered a second time here
err-answered-twice-help = keep one answer to each question and remove the other
err-unknown-question = { $place }: the rubric has no question `{ $id }`
err-unknown-question-suggest = did you mean `{ $id }`?
err-unknown-question-help = `vet rubric show` lists every question with its id

## Notices
notice-unknown-language = vet does not speak `{ $lang }` yet; using English
notice-other-version = { $file } was written for version { $found } of the rubric and this is { $expected }: scored on the questions they share
notice-not-at-stage = { $file }: question `{ $id }` is not asked at the stage "{ $stage }"; its answer is left out

## vet interview
err-no-terminal = vet interview needs a terminal to ask its questions, and standard input, output or error is not one
err-no-terminal-help = to score answers in a script, write an answers file (`vet man` describes it) and run `vet score FILE`
err-save = cannot save the answers to { $file }: { $detail }
err-save-help = the earlier file, if any, is intact; { $what }
save-too-large = it would be { $size } bytes, and vet reads files of at most { $limit } bytes
save-too-large-help = shorten the longest notes in a text editor, then run the same command again
ask-partner = Name of the partner organisation:
ask-choice = Your choice:
ask-stage = When is this assessment made?
ask-answer = Your answer:
ask-note = Note (optional; Enter to leave it empty):
ask-evidence = Documents seen, separated by ; (optional):
menu-dont-know = don't know / skip
menu-note = Add a note or the documents seen…
menu-help = Why does this matter?
menu-back = ← Back to the previous question
previous-answer = Answer given before: { $answer }
saving-to = Answers are saved after every answer in { $file } (only you can read it).
red-flag-now = ⚑ Red flag: { $name } (guide { $source })
resume-prompt = { $file } holds an interview that stopped after { $answered } of { $total } { $total ->
    [one] question
   *[other] questions
}.
resume-at = Resume at question { $number }
resume-restart = Start again from question 1…
resume-decisive = Resume with the questions that could change the verdict first
progress-open = verdict so far: { $verdict }, not firm yet
progress-firm = verdict: { $verdict }, firm
firm-offer = The verdict can no longer change: { $verdict }. Finish now or go on?
firm-finish = Finish now and see the result ({ $count ->
    [one] { $count } question stays
   *[other] { $count } questions stay
} unanswered)
firm-go-on = Go on with the questions
finished-prompt = { $file } holds a finished interview.
finished-revise = Revise the answers from question 1
finished-show = Show the result
err-existing-broken = { $file } looks like an answers file but cannot be read as one; vet will not overwrite it
err-existing-broken-help = fix the file at the place shown above and run the same command again, or choose another file with --output
finished-earlier-prompt = { $file } holds a finished review dated { $date }. A new review goes in a new file, so that each dated file keeps its answers.
finished-revise-today = Revise that file (its date becomes today)
help-text = Why does this matter? { $help }
quit = Quit
other-assessment = { $file } holds another assessment, which vet will not overwrite. Use { $other } instead?
write-to = Write to { $other }
saved-in = Answers saved in { $file }
interrupted-saved = Interrupted. { $count ->
    [one] { $count } answer is saved
   *[other] { $count } answers are saved
} in { $file }; run the same command to resume.
interrupted-nothing = Interrupted before any answer; nothing was saved.
partner-blank = The partner's name cannot be blank: it names the answers file and every report. Type a name, or press Esc to quit.
err-partner-blank = the partner's name given with --partner is blank
err-partner-blank-help = give the organisation's name, for example --partner "Harbour Peer Network", or leave --partner out to be asked
restart-confirm = Start again from question 1? This clears the { $count ->
    [one] { $count } answer
   *[other] { $count } answers
} in { $file }. { $count ->
    [one] It stays
   *[other] They stay
} in the file until you give your first new answer or note: stop before that and nothing is lost.
restart-no = No, resume at question { $number }
restart-yes = Yes, start again and clear { $count ->
    [one] { $count } answer
   *[other] { $count } answers
}
answer-given = { $prompt } { $answer }
note-pending = Note kept for your answer: { $note }
note-kept = Note kept; it goes with the answer you choose.
note-too-long = This note was not saved: with it the answers file would be { $size } bytes, and vet reads files of at most { $limit } bytes. Your answers and the earlier note are kept. Shorten the note, or put the long text in a document and give its name under documents seen.
file-full = This answer was not saved: with it the answers file would be { $size } bytes, and vet reads files of at most { $limit } bytes. Shorten or remove some long notes (Esc goes back to earlier questions), then answer again.
result-title = Result
summary-more = … and { $count } more in the full report
summary-again = To see the full report again, run:
summary-finish = Finish
summary-full = Show the full report

## Reports to share (vet score --format html/markdown/csv, --redact, --output)
report-title = Partnership assessment
report-assessor = Assessed by: { $assessor }
report-redacted = Redacted for sharing: notes, documents seen and the assessor's name are left out.
report-red-flags-title = Red flags
report-no-red-flag = No red flag of an ugly partnership is raised.
report-answers-title = Answers by minimum standard
report-standard-heading = { $name } (guide { $source })
report-no-answer = No answer recorded on this standard's questions.
report-written = report written to { $file } (only you can read it)
col-question = Question
col-answer = Answer
col-note = Note
col-evidence = Documents seen
chart-title = Score of each minimum standard, from 0 to 1, with the rubric's thresholds
chart-met = met from { $value }
chart-partly = partly met from { $value }
chart-unknown = unknown: too little is known ({ $known } of { $applicable })
err-output-is-input = { $file } is one of the files this report is made from; vet will not overwrite it
report-written-partial = report written to { $file } with { $written } of { $total } files: the others could not be scored (see above)
report-unchanged = no file could be scored: { $file } was left as it was
err-output-is-rubric = { $file } is a rubric; vet will not overwrite it with a report
err-write-stdout = cannot write the report to standard output: { $detail }
err-write-stdout-help = free some space where the output goes, or write the report with -o FILE elsewhere
err-output-is-answers = { $file } is an answers file; vet will not overwrite it with a report
err-output-not-file = { $file } is not a regular file; vet writes a report only to a file
err-output-help = write the report to another file, for example --output { $suggestion }
err-write-output = cannot write the report to { $file }: { $detail }
write-why-no-folder = the folder { $folder } does not exist
write-why-not-folder = { $folder } is not a folder
write-why-denied = you are not allowed to write in the folder { $folder }
write-why-read-only = the folder { $folder } is on a disk that cannot be written to
write-why-full = the disk that holds { $folder } is full
write-why-is-folder = { $file } is a folder
write-help-no-folder = create the folder first (mkdir -p { $folder }), or choose another file with { $flag }
write-help-other-folder = choose a file in a folder you can write to with { $flag }
write-help-other-file = choose another file name with { $flag }
write-help-full = free some space on that disk, or choose a file on another disk with { $flag }
## vet diff and vet history
diff-partner = Partner: { $partner } — { $stage }
diff-rubric = Rubric: { $id } { $version }
diff-side-before = Before: { $date } ({ $file })
diff-side-after = After: { $date } ({ $file })
diff-verdict = Verdict: { $verdict } ({ $trend })
diff-from-to = { $before } → { $after }
diff-was-now = was { $before }, now { $after }
diff-trend-better = better
diff-trend-worse = worse
diff-trend-unchanged = unchanged
diff-trend-unclear = cannot tell
diff-trend-same-weight = same weight
diff-no-change = No change: the same verdict, scores, red flags, refusals and answers.
diff-col-before = Before
diff-col-after = After
diff-col-change = Change
diff-col-question = Question
diff-flags-raised = Red flags raised ({ $count })
diff-flags-cleared = Red flags cleared ({ $count })
diff-suspected-raised = Red flags now suspected ({ $count })
diff-suspected-cleared = Red flags no longer suspected ({ $count })
diff-refusals-added = New refusals ({ $count })
diff-refusals-resolved = Refusals resolved ({ $count })
diff-only-before = Answered only before, on { $date } ({ $count })
diff-only-after = Answered only after, on { $date } ({ $count })
diff-answers-changed = { $count ->
    [one] { $count } answer changed
   *[other] { $count } answers changed
}
diff-flag = { $name } (guide { $source })
diff-flag-was-suspected = { $name } (guide { $source }), suspected before
diff-flag-still-suspected = { $name } (guide { $source }), still suspected
diff-not-in-rubric = `{ $id }` (not in version { $version } of the rubric)
diff-now = { $question } — now: { $answer }
diff-no-answer-now = { $question } — not answered any more
diff-err-other-rubrics = { $file } was written for the rubric `{ $found }` and { $first } for `{ $expected }`: answers to different rubrics cannot be compared
diff-err-other-rubrics-help = compare files written for the same rubric; `vet score` scores each file on its own
diff-err-other-partners = { $file } is about `{ $found }`, but { $first } is about `{ $expected }`
diff-err-other-partners-help = if this is the same organisation under a respelled or new name (names often get respelled from one year to the next), run the same command again with --force
diff-notice-other-partners = { $file } is about `{ $found }` and { $first } about `{ $expected }`; compared anyway (--force)
diff-notice-retired = { $file }: question `{ $id }` is not in version { $version } of the rubric; its answer is listed apart and left out of the scores
diff-notice-migrated = { $file } was written for rubric { $from }: it is compared on rubric { $to } through the migration map ({ $split } split, { $removed } removed { $removed ->
    [one] question
   *[other] questions
}); `vet migrate` shows the details
diff-notice-versions = the files were written for different versions of the rubric { $id } ({ $versions }): compared on the questions they share
diff-notice-order = { $old } ({ $old_date }) is dated after { $new } ({ $new_date }); it is still compared as the earlier file: swap them if that is not what you meant
history-header = Partner: { $partner } — { $count ->
    [one] { $count } assessment
   *[other] { $count } assessments
}, from { $first } to { $last }
history-col-date = Date
history-col-verdict = Verdict
history-trend = Trend
history-key-bars = Trend: each score, oldest first, from ▁ (0) to █ (1); · means nothing was known.
history-key-digits = Trend: the tenths of each score, oldest first, from 0 (0.00 to 0.09) to 9 (0.90 to 1.00); - means nothing was known.
history-standards = Minimum standards, from the first known score to the last:
history-standard = { $name }: { $scores } ({ $trend })
history-verdicts = Verdict, from the first assessment to the last: { $verdicts }
history-files = Files, oldest first:
history-file = { $date }: { $file } ({ $stage })
## vet diff and vet history: what is known, narrow terminals
diff-verdict-less-known = less is known now
diff-verdict-more-known = more is known now
diff-less-known = Less is known now: { $count ->
    [one] { $count } minimum standard became unknown
   *[other] { $count } minimum standards became unknown
}, for lack of answers. That says nothing about how the partner did: find the missing answers before you conclude.
diff-more-known = More is known now: { $count ->
    [one] { $count } minimum standard that was unknown has a status
   *[other] { $count } minimum standards that were unknown have a status
}.
diff-standards-title = Minimum standards
diff-labelled = { $label }: { $value }
history-verdicts-title = Verdicts, oldest first:
history-verdict-at = { $date }: { $verdict }
history-standards-all = Minimum standards, every score, oldest first:
history-scores-sep = { ", " }
## Hardening: YAML that vet refuses to parse
err-yaml-alias = { $place }: this file uses a YAML alias (`*name`), which vet does not read
err-yaml-alias-help = write the value out in full where the alias is; aliases can make a small file expand to gigabytes, so vet refuses them
err-yaml-too-deep = { $place }: lists and mappings are nested more than { $limit } levels deep
err-yaml-too-deep-help = an answers file nests 4 levels and a rubric 5; check that this is the right file

## Options a command does not use; vet man
err-unused-option = `{ $command }` does not use { $option }; it is refused rather than ignored
err-unused-option-help = leave { $option } out; `{ $command } --help` lists the options it takes
err-unused-rubric-validate-help = `vet rubric validate` checks the rubric given as its PATH: run `vet rubric validate { $path }` to check { $path }
err-man-exists = { $file } exists and is not a vet manual page; vet does not write over it
err-man-exists-help = choose another file with --output, or remove { $file } first
err-write-man = cannot write the manual page to { $file }: { $detail }
man-written = manual page written to { $file }

## Inputs: folders, standard input, --files-from
err-stdin-twice = standard input can be read only once, and it is named twice (as `-`, or as `-` and by `--files-from -`)
err-stdin-twice-help = give one file on standard input, or the list of files, not both; other files can be named by their paths
err-no-inputs = no answers file to read: the folders given hold no .yaml file, and the list names none
err-no-inputs-help = check the folder's path; vet reads the files whose names end in .yaml, in the folder and the folders inside it

migrate-note-split = Carried over by vet migrate from question `{ $id }` of rubric { $version }, which this question is part of: check this answer.
migrate-summary = { $file }: rubric { $from } to { $to }: { $renamed } renamed, { $split } split, { $removed } removed { $removed ->
    [one] question
   *[other] questions
}
migrate-split = question `{ $id }` is split into { $parts }: each part took its answer, with a note to check it
migrate-removed = question `{ $id }` is no longer asked: its answer is left out
migrate-off-stage = question `{ $id }` is not asked at this file's stage in the new version: the answer it would take is left out
migrate-conflict = question `{ $id }` took the answer of `{ $kept }`; another old answer for it differed: check it
migrate-written = wrote { $file } for rubric { $version }
err-migrate-exists = { $file } already exists; vet migrate never writes over a file
err-migrate-exists-help = give a new file name with -o, or leave -o out to write to standard output
err-migrate-current = { $file } is already written for rubric { $version }, the current major version
err-migrate-current-help = nothing to migrate: score it with `vet score { $file }`
err-migrate-no-map = the current rubric ({ $to }) has no migration map from version { $from }
err-migrate-no-map-help = score the file with the rubric version it was written for (--rubric PATH)
## What a file holds where vet expects something else (the YAML reader's details, worded here)
yaml-at = { $path }: { $detail }
yaml-invalid-type = found { $found } where { $expected } is expected
yaml-invalid-type-other = found { $found }, which this field does not take
yaml-invalid-value = { $found } is not a valid value here; { $expected } is expected
yaml-unknown-field = unknown field `{ $field }`; the fields allowed here are { $allowed }
yaml-missing-field = the field `{ $field }` is missing
yaml-duplicate-field = the field `{ $field }` is given twice
yaml-unknown-value = `{ $value }` is not allowed here; the values allowed are { $allowed }
yaml-bad-date = not a date of the form YYYY-MM-DD (for example 2025-03-14)
yaml-found-text = the text "{ $value }"
yaml-found-number = the number { $value }
yaml-found-boolean = the value { $value }
yaml-found-list = a list
yaml-found-mapping = a mapping (lines of key: value)
yaml-found-empty = an empty value
yaml-found-other = a value of another kind
yaml-expected-text = a text
yaml-expected-number = a number
yaml-expected-whole-number = a whole number
yaml-expected-boolean = true or false
yaml-expected-list = a list
yaml-expected-mapping = a mapping (lines of key: value)
yaml-expected-answers-file = an answers file (`rubric`, `partner`, `date`, `stage`, `answers`)
yaml-expected-rubric-ref = the `id` and `version` of a rubric
yaml-expected-entry = an answer (`answer`, and optionally `note` and `evidence`)
yaml-expected-answer-map = question ids, each with its answer
yaml-expected-rubric = a rubric
yaml-expected-answer = one of "yes", "partly", "no", "dont-know", "refused", "n/a"
## Rubrics that do not speak the interface's language
notice-rubric-language = the rubric { $id } { $version } has no texts in English; its questions, standards and advice are shown { $fallback ->
    [fr] in French
   *[other] in its first language, `{ $fallback }`
}
## vet export xlsform: the form's own texts, in the form's languages
form-partner = Name of the partner organisation
form-partner-hint = The organisation this assessment is about, spelled the same way every time.
form-stage = When is this assessment made?
form-stage-before = Before signing an agreement
form-stage-ongoing = During the partnership
form-role = Your role (optional)
form-role-hint = For example: coordinator, board member, outreach worker. Do not write your name.
form-note = Note (optional)
form-note-hint = What was said or seen, what remains to check. Do not write anyone's name.
form-red-flags = Red flags
form-other-questions = Other questions
form-answer-yes = Yes
form-answer-partly = Partly
form-answer-no = No
form-answer-dont-know = Don't know
form-answer-refused = Refused to answer or to show documents
form-answer-not-applicable = Does not apply
## vet export xlsform
xlsform-written = wrote the form { $file }: { $questions ->
    [one] { $questions } question
   *[other] { $questions } questions
} in { $groups ->
    [one] { $groups } group
   *[other] { $groups } groups
}, in { $languages }; form_id { $id }, version { $version }
err-xlsform-exists = { $file } already exists; vet does not replace it
err-xlsform-exists-help = name the workbook with -o FILE.xlsx; an earlier workbook given with -o is replaced
err-xlsform-not-workbook = { $file } exists and is not a workbook; vet replaces only an earlier workbook
err-xlsform-not-workbook-help = name another file with -o FILE.xlsx
err-xlsform-write = cannot write the form to { $file }: { $detail }
err-xlsform-build = cannot build the workbook: { $detail }
err-xlsform-lang = the rubric has no texts in `{ $lang }`
err-xlsform-lang-help = the form can open in { $languages }: choose one with --lang
err-form-name = the rubric's id `{ $id }` cannot be the name of a form field
err-form-name-help = form names start with a letter or _ and hold only letters, digits, -, _ and .: rename it in a copy of the rubric and run `vet rubric validate` on it
err-form-clash = two fields of the form would be named `{ $name }` (names are compared without case, and `meta` is taken)
err-form-clash-help = rename the rubric's id `{ $name }` in a copy of the rubric
err-form-quote = the rubric's id or version `{ $value }` holds both ' and ", which a form cannot hold
err-form-quote-help = remove one kind of quote from it in a copy of the rubric
## vet import
import-place-row = { $file }, row { $row }
import-place-item = { $file }, submission { $row }
import-written = wrote { $file } ({ $partner }, { $date })
import-exists = { $file } already exists and is left as it is: submission imported before
import-unknown-columns = { $file }: { $count ->
    [one] { $count } column is
   *[other] { $count } columns are
} not in the form and ignored: { $names }
import-summary = { $written ->
    [one] { $written } answers file written
   *[other] { $written } answers files written
}, { $existing } already there, { $skipped ->
    [one] { $skipped } submission skipped
   *[other] { $skipped } submissions skipped
}
err-import-csv = { $place }: cannot read the CSV: { $detail }
err-import-json = { $place }: cannot read the JSON: { $detail }
err-import-read-help = give the file as the server exported it, not saved again by a spreadsheet, or name its shape with --format
err-import-no-submissions = { $file }: no list of submissions (a JSON list, or an object with `results`)
err-import-no-submissions-help = download the submissions from KoboToolbox's data API (…/api/v2/assets/UID/data.json), or export a CSV
err-import-not-vet = { $file }: not an export of a form made by `vet export xlsform`: no column { $missing }
err-import-not-vet-help = export the data with the field names as headers: in KoboToolbox "XML values and headers"; ODK Central always uses them
err-import-other-form = { $place }: this submission answers { $found_id } version { $found_version }, not { $id } version { $version }; skipped
err-import-other-form-help = import it with the rubric its form was made from: --rubric FILE
err-import-no-rubric = { $place }: the submission does not say which rubric it answers (rubric_id and rubric_version are empty); skipped
err-import-no-partner = { $place }: no partner name; skipped
err-import-bad-stage = { $place }: the stage `{ $found }` is neither before nor ongoing; skipped
err-import-bad-answer = { $place }: question `{ $id }`: `{ $found }` is not an answer of the form; skipped
err-import-bad-answer-help = the form's answers are yes, partly, no, dont_know, refused and not_applicable: export with "XML values and headers"
err-import-no-date = { $place }: no date: start, end, _submission_time and SubmissionDate are all empty; skipped
err-import-not-decrypted = { $place }: the submission is encrypted and was not decrypted ({ $status }); skipped
err-import-not-decrypted-help = export again from ODK Central giving the passphrase of the project's encryption
err-import-row-help = the other submissions are imported; correct this one on the server and import the export again: what was imported is not written twice
err-import-write = cannot write { $file }: { $detail }
err-import-out-dir = cannot make the folder { $file }: { $detail }
err-import-zip = { $file }: cannot read the zip: { $detail }
err-import-zip-csv = { $file }: the zip holds { $count ->
    [0] no CSV file
    [one] { $count } CSV file that vet cannot tell is the form's: { $names }
   *[other] { $count } CSV files and vet cannot tell which is the form's: { $names }
}
err-import-zip-csv-help = unzip it and give vet the CSV named after the form's id
err-import-zip-too-large = { $file }: { $name } is larger than { $limit } bytes once unpacked
err-import-zip-too-large-help = export fewer submissions at a time (a date filter on the server), or split the CSV
err-import-zip-not-utf8 = { $file }: { $name } is not UTF-8 text

## vet panel
panel-report-title = Panel of respondents
panel-header = Panel: { $partner } — { $stage } — { $count ->
    [one] { $count } respondent
   *[other] { $count } respondents
}, from { $from } to { $to }
panel-rubric = Rubric { $id } { $version } — combined answers: { $known } of { $total } questions with a known answer
panel-rules = Combining rules ({ $from }): a red flag is confirmed when { $confirm } of the respondents who answered report it, otherwise it stays suspected; a refusal seen by anyone counts; other answers: { $combine }. One review: files at most { $window } days apart.
panel-rules-rubric = the rubric's panel section
panel-rules-default = vet's default
panel-share-any = any one
panel-share-majority = more than half
panel-share-all = all
panel-combine-lower-median = the median, the less favourable on a tie
panel-combine-least-favourable = the least favourable answer
panel-respondents = Respondents: { $files }
panel-agenda-title = To discuss first: where the respondents disagree ({ $count })
panel-agenda-none = The respondents agree on every question they answered.
panel-agenda-item = { $question } — combined answer: { $answer }. { $why }.
panel-agenda-flags = Red flag: { $flags }.
panel-side = { $answer } — { $who }
panel-side-note = { $answer } — { $who }: { $note }
panel-why-no-answer = Nobody answered
panel-why-none-known = Nobody knows
panel-why-same = All agree
panel-why-red-flag-reported = A red flag reported by enough respondents: confirmed, a point to check (guide 5.3)
panel-why-red-flag-contradicted = A red flag reported and contradicted: suspected, a point to check (guide 5.3)
panel-why-red-flag-partly = A red flag partly reported: suspected, a point to check (guide 5.3)
panel-why-refusal = A respondent met a refusal, which counts (guide 6)
panel-why-lower-median = The median answer, the less favourable on a tie
panel-why-least-favourable = The least favourable answer given
panel-verdict-line = Combined verdict: { $verdict } — { $why }
panel-respondents-range = The respondents' own verdicts range from { $best } to { $worst }.
panel-respondents-same = Every respondent's own verdict is { $verdict }.
panel-col-panel = Combined
panel-col-respondents = Respondents
panel-col-partner = Partner
panel-col-difference = Difference
panel-col-respondent = Respondent
panel-col-answers = Answers
panel-col-agreement = Agreement
panel-col-combined = Combined answer
panel-range = from { $low } to { $high }
panel-count = { $count } { $answer }
panel-count-blank = { $count } blank
panel-agreement-unknown = nobody knows
panel-agreement-agree = agree
panel-agreement-differ = differ
panel-agreement-split = split
panel-respondents-title = Respondents
panel-questions-title = Every question: how the answers spread
panel-partner-title = The partner's own view ({ $file }), not counted in the combined verdict
panel-partner-verdict = The partner's own answers would give: { $verdict }.
panel-gaps-title = Where the partner sees itself otherwise ({ $count })
panel-gap = { $question } — the partner says { $partner }; { $count } of { $known } of your respondents say otherwise, most often { $answer } (combined: { $panel }).
panel-gap-none = The partner's answers match the combined answers wherever the respondents know.
panel-chart-title = Spread of the respondents' scores per standard.
panel-chart-legend = Band: from the lowest to the highest respondent; dots: each respondent; bar: the combined score, coloured by its status.
panel-chart-legend-partner = Band: from the lowest to the highest respondent; dots: each respondent; bar: the combined score, coloured by its status; diamond: the partner's own view.
panel-chart-label = { $panel } ({ $range })
panel-err-twice = { $file } is given twice
panel-err-twice-help = each respondent counts once: give each file once, and the --partner-view file apart from the respondents'
panel-err-other-version = { $file } was written for rubric version { $found } and { $first } for { $expected }: a panel needs one major version
panel-err-other-version-help = rewrite the older files with `vet migrate`, then combine the new files
panel-err-other-stage = { $file } is about the stage "{ $found }" and { $first } about "{ $expected }": a panel combines answers given at one stage
panel-err-other-stage-help = give the files of one review; compare an assessment before signing with a later review with `vet diff`
panel-err-too-far-apart = { $earliest } ({ $earliest_date }) and { $latest } ({ $latest_date }) are { $days } days apart; one review's files are at most { $window } days apart
panel-err-too-far-apart-help = give the files of one review (the window is `panel.window_days` in the rubric); for assessments months apart, use `vet history`
