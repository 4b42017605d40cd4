# vet — textes de l'interface en français.
# Chaque message doit exister dans toutes les langues avec les mêmes variables (tests/locales.rs).

## Étiquettes des diagnostics
label-error = erreur
label-help = aide
label-notice = remarque

## Verdicts, statuts, réponses, étapes
verdict-good = BON
verdict-bad = MAUVAIS
verdict-ugly = MOCHE
verdict-inconclusive = NON CONCLUANT
status-met = respectée
status-partly = en partie respectée
status-not-met = non respectée
status-unknown = inconnu
answer-yes = oui
answer-partly = en partie
answer-no = non
answer-dont-know = je ne sais pas
answer-refused = refus
answer-not-applicable = sans objet
stage-before = avant la signature
stage-ongoing = partenariat en cours
stage-both = les deux étapes
yes-favourable = oui est favorable
yes-warning = oui est un signal d'alerte

## vet score
score-header = Partenaire : { $partner } — { $date } — { $stage } ({ $file })
score-rubric = Grille { $id } { $version } — { $answered } questions répondues sur { $total }
answered-count = { $answered } questions répondues sur { $total }
col-standard = Norme minimale
col-score = Score
col-status = Statut
col-answered = Réponses
col-warnings = Alertes
warning-refused = { $count ->
    [one] 1 refus
   *[other] { $count } refus
}
warning-red-flag = { $count ->
    [one] 1 signal d'alarme
   *[other] { $count } signaux d'alarme
}
warning-suspected = { $count ->
    [one] 1 signal d'alarme soupçonné
   *[other] { $count } signaux d'alarme soupçonnés
}
verdict-line = Verdict : { $verdict } — { $why }
rule-red-flag-confirmed = un signal d'alarme d'un partenariat moche est confirmé (guide { $source }).
rule-coverage-below-minimum = trop peu de questions ont une réponse pour trancher (guide { $source }).
rule-refusal = le partenaire a refusé de répondre ou de montrer des documents (guide { $source }).
rule-standard-not-met = au moins une norme minimale n'est pas respectée (guide { $source }).
rule-standard-partly-met = au moins une norme minimale n'est respectée qu'en partie (guide { $source }).
rule-standard-unknown = on en sait trop peu sur au moins une norme minimale (guide { $source }).
rule-always = toutes les normes minimales sont respectées, sans signal d'alarme ni refus (guide { $source }).
reasons-title = Raisons
reason-red-flag = Signal d'alarme confirmé (guide { $source }) : { $name }
reason-suspected = Signal d'alarme soupçonné (guide { $source }) : { $name }
reason-refusals = { $count ->
    [one] Le partenaire a refusé de répondre ou de montrer des documents sur 1 question (guide { $source }) :
   *[other] Le partenaire a refusé de répondre ou de montrer des documents sur { $count } questions (guide { $source }) :
}
reason-not-met = { $name } (guide { $source }) : non respectée, score { $score }
reason-partly = { $name } (guide { $source }) : respectée en partie seulement, score { $score }
reason-unknown = { $name } : on en sait trop peu ({ $known } questions sur { $applicable } ont une réponse)
reason-coverage = Seules { $coverage } des questions ont une réponse ; il en faut { $minimum } pour trancher.
reason-all-met = Toutes les normes minimales sont respectées ; aucun signal d'alarme, et le partenaire a répondu à tout.
negotiate-title = À négocier
negotiate-unknown = { $name } : renseignez-vous avant de décider — posez au partenaire les questions restées ouvertes.
negotiate-refusals = { $count ->
    [one] Redemandez par écrit une réponse ou les documents sur cette question ; un partenaire qui refuse encore n'est pas un bon partenaire :
   *[other] Redemandez par écrit des réponses ou les documents sur ces { $count } questions ; un partenaire qui refuse encore n'est pas un bon partenaire :
}

## vet rubric show / validate
col-id = Id
col-source = Section
col-text = Texte
show-header = { $title } — { $id } { $version }. Source : { $source }.
show-notes = Remarques sur la source
show-principles = Principes d'INPUD
show-criteria = Critères d'implication significative
show-transparent-process = Un processus transparent
show-standards = Normes minimales
show-compliance = Comment juger le respect des normes
show-good-signs = Signes d'un bon partenariat
show-bad-signs = Signes d'un mauvais partenariat
show-red-flags = Signaux d'alarme d'un partenariat moche
show-community-led = Le partenaire est-il dirigé par la communauté ?
show-questions = Questions
show-scoring = Notation
validate-ok = { $file } : grille valide { $id } { $version } ({ $standards } normes, { $questions } questions).
problem-no-languages = aucune langue n'est déclarée ; ajoutez par exemple `languages: [en, fr]`
problem-bad-version = la version `{ $version }` n'est pas de la forme MAJEURE.MINEURE.CORRECTIF (par exemple 1.0.0)
problem-empty-id = l'identifiant est vide
problem-duplicate-id = l'identifiant `{ $id }` est utilisé deux fois ; chaque identifiant doit être unique dans tout le fichier
problem-missing-text = pas de texte en `{ $lang }`, langue que la grille déclare
problem-unknown-reference = `{ $id }` n'est pas dans `{ $list }`
problem-not-evidenced = aucune question ne renseigne `{ $id }` ; ajoutez-le aux `evidences.{ $list }` d'une question
problem-no-question-at-stage = aucune question sur la norme `{ $id }` n'est posée à l'étape { $stage } : elle ne pourrait jamais y être jugée
problem-no-standard = la question `{ $id }` ne renseigne aucune norme ; indiquez-en au moins une sous `evidences.standards`
problem-out-of-range = `{ $name }` vaut { $value } ; il doit être entre 0 et 1
problem-threshold-order = `partly` ({ $partly }) est au-dessus de `met` ({ $met })
problem-no-final-rule = la dernière règle de classement doit être `when: always`, pour que chaque fichier ait un verdict
problem-standard-count = la grille a { $found } normes ; il en faut au moins une

## Erreurs et aide
err-not-found = impossible de lire { $file } : fichier introuvable
err-not-found-help = vérifiez le chemin ; `vet interview` écrit les fichiers de réponses dans le dossier courant
err-is-directory = { $file } est un dossier, pas un fichier
err-is-directory-help = donnez le chemin d'un fichier .yaml de ce dossier
err-permission = impossible de lire { $file } : permission refusée
err-permission-help = vérifiez les droits du fichier (ls -l) ou demandez à son propriétaire
err-too-large = { $file } fait { $size } octets ; vet lit des fichiers d'au plus { $limit } octets
err-too-large-help = vérifiez que c'est le bon fichier ; un fichier de réponses fait quelques kilo-octets
err-not-utf8 = { $place } : ce n'est pas du texte UTF-8
err-not-utf8-help = enregistrez le fichier en UTF-8 dans votre éditeur, puis réessayez
err-read = impossible de lire { $file } : { $detail }
err-syntax = { $place } : { $detail }
err-answers-syntax-help = corrigez le fichier à cet endroit ; examples/good.yaml montre le format, et README.md décrit chaque champ
err-rubric-syntax-help = corrigez la grille à cet endroit ; `vet rubric show --format yaml` affiche une grille valide pour partir de là
err-empty = { $file } est vide
err-answers-empty-help = un fichier de réponses commence par `rubric:`, `partner:`, `date:`, `stage:` et `answers:` ; voir examples/good.yaml
err-rubric-empty-help = `vet rubric show --format yaml` affiche la grille intégrée pour partir de là
err-schema-too-new = { $file } utilise le schéma de grille { $found } ; ce vet lit le schéma { $supported }
err-schema-too-new-help = mettez vet à jour pour lire cette grille
err-rubric-invalid-help = corrigez les problèmes ci-dessus ; `vet rubric validate { $file }` vérifie à nouveau le fichier
err-other-rubric = { $file } a été écrit pour la grille `{ $found }`, pas `{ $expected }`
err-other-rubric-help = notez-le avec la grille pour laquelle il a été écrit : --rubric CHEMIN
err-incompatible-version = { $file } a été écrit pour la version { $found } de la grille, et cette grille est en version { $expected } : une autre version majeure, dont les questions peuvent avoir un autre sens
err-incompatible-version-help = notez-le avec la version de la grille pour laquelle il a été écrit (--rubric CHEMIN), ou refaites l'entretien
err-unknown-question = { $place } : la grille n'a pas de question `{ $id }`
err-unknown-question-suggest = vouliez-vous dire `{ $id }` ?
err-unknown-question-help = `vet rubric show` liste chaque question avec son identifiant

## Remarques
notice-unknown-language = vet ne parle pas encore `{ $lang }` ; il utilise l'anglais
notice-other-version = { $file } a été écrit pour la version { $found } de la grille, celle-ci est en { $expected } : noté sur les questions communes
notice-not-at-stage = { $file } : la question `{ $id }` n'est pas posée à l'étape { $stage } ; sa réponse est ignorée

## vet interview
err-no-terminal = vet interview a besoin d'un terminal pour poser ses questions, et l'entrée, la sortie ou l'erreur standard n'en est pas un
err-no-terminal-help = pour noter des réponses dans un script, écrivez un fichier de réponses (voir examples/good.yaml) et lancez `vet score FICHIER`
err-save = impossible d'enregistrer les réponses dans { $file } : { $detail }
err-save-help = le fichier précédent, s'il existe, est intact ; libérez de la place ou choisissez avec --out un dossier où vous pouvez écrire
ask-partner = Nom de l'organisation partenaire
ask-stage = À quel moment se fait cette évaluation ?
ask-answer = Votre réponse
ask-note = Note (facultative ; Entrée pour la laisser vide)
ask-evidence = Documents consultés, séparés par des virgules (facultatif)
menu-dont-know = je ne sais pas / passer
menu-note = Ajouter une note ou les documents consultés…
menu-help = Pourquoi c'est important ?
menu-back = ← Revenir à la question précédente
help-label = Pourquoi c'est important
previous-answer = Réponse donnée avant : { $answer }
saving-to = Les réponses sont enregistrées après chaque réponse dans { $file } (vous seul pouvez le lire).
red-flag-now = ⚑ Signal d'alarme : { $name } (guide { $source })
resume-prompt = { $file } contient un entretien arrêté après { $answered } questions sur { $total }.
resume-at = Reprendre à la question { $number }
resume-restart = Recommencer à la première question (les réponses précédentes sont remplacées)
finished-prompt = { $file } contient un entretien terminé.
finished-revise = Revoir les réponses, depuis la première question
finished-show = Afficher le résultat
quit = Quitter
other-assessment = { $file } contient une autre évaluation, que vet n'écrasera pas. Utiliser { $other } à la place ?
write-to = Écrire dans { $other }
saved-in = Réponses enregistrées dans { $file }
interrupted-saved = Interrompu. { $count ->
    [one] 1 réponse est enregistrée
   *[other] { $count } réponses sont enregistrées
} dans { $file } ; relancez la même commande pour reprendre.
interrupted-nothing = Interrompu avant toute réponse ; rien n'a été enregistré.

## Robustesse : YAML que vet refuse de lire
err-yaml-alias = { $place } : ce fichier utilise un alias YAML (`*nom`), que vet ne lit pas
err-yaml-alias-help = écrivez la valeur en entier à la place de l'alias ; un alias peut faire gonfler un petit fichier jusqu'à des gigaoctets, c'est pourquoi vet les refuse
err-yaml-too-deep = { $place } : les listes et les tables sont imbriquées sur plus de { $limit } niveaux
err-yaml-too-deep-help = un fichier de réponses a 4 niveaux et une grille 5 ; vérifiez que c'est le bon fichier
