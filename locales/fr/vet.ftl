# vet — textes de l'interface en français.
# Chaque message doit exister dans toutes les langues avec les mêmes variables (tests/locales.rs).

## Étiquettes des diagnostics
label-error = erreur
label-help = aide
diag-line = { $label } : { $message }
label-notice = remarque

## Verdicts, statuts, réponses, étapes
verdict-good = BON
verdict-bad = MAUVAIS
verdict-ugly = MOCHE
verdict-inconclusive = NON CONCLUANT
status-met = norme respectée
status-partly = norme respectée en partie
status-not-met = norme non respectée
status-unknown = statut inconnu
answer-yes = oui
answer-partly = en partie
answer-no = non
answer-dont-know = je ne sais pas
answer-refused = refus du partenaire
answer-not-applicable = sans objet
stage-before = avant la signature
stage-ongoing = partenariat en cours
stage-both = les deux étapes
yes-favourable = « oui » est favorable
yes-warning = « oui » est un mauvais signe

## vet score
score-header = Partenaire : { $partner } — { $date } — { $stage } ({ $file })
score-rubric = Grille { $id } { $version } — { $answered ->
    [one] { $answered } question sur { $total } a une réponse
   *[other] { $answered } questions sur { $total } ont une réponse
}, dont { $known ->
    [one] { $known } connue
   *[other] { $known } connues
}
col-standard = Norme minimale
col-score = Score
col-status = Statut
col-answered = Réponses connues
col-warnings = Alertes
warning-refused = { $count ->
    [one] { $count } refus
   *[other] { $count } refus
}
warning-red-flag = { $count ->
    [one] { $count } signal d'alarme
   *[other] { $count } signaux d'alarme
}
warning-suspected = { $count ->
    [one] { $count } signal d'alarme soupçonné
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
rule-red-flag-suspected = un signal d'alarme d'un partenariat moche est soupçonné et doit être vérifié avant d'aller plus loin (guide { $source }).
rule-red-flag-open = une question sur un signal d'alarme n'a pas encore de réponse connue ; il faut la poser avant de pouvoir dire que le partenariat est bon (guide { $source }).
reason-open = { $name } (guide { $source }) : encore ouverte — { $known ->
    [one] { $known } question sur { $applicable } a une réponse connue
   *[other] { $known } questions sur { $applicable } ont une réponse connue
} ; selon les réponses manquantes, son score irait de { $low } à { $high }
firm-yes = Ce verdict est ferme : aucune réponse aux questions ouvertes ne peut le changer.
firm-at-best = { $verdict } au mieux : aucune réponse aux questions ouvertes ne peut l'améliorer, mais elles pourraient encore le faire passer à { $worst }.
firm-at-worst = { $verdict } pour l'instant : les questions ouvertes pourraient encore le faire passer à { $best }, jamais à pire.
firm-between = Provisoire : selon les questions ouvertes, il pourrait encore aller de { $best } à { $worst }.
decisive-title = Questions ouvertes qui pourraient changer le verdict, dans l'ordre où les poser :
decisive-outcome = « { $answer } » le ferait passer à { $verdict }
negotiate-title-before = À négocier avant de signer
negotiate-title-ongoing = À négocier pour le prochain accord
negotiate-find-out = { $count ->
    [one] Renseignez-vous avant de décider : { $count } question ouverte pourrait changer le verdict ; posez-la au partenaire :
   *[other] Renseignez-vous avant de décider : { $count } questions ouvertes pourraient changer le verdict ; posez-les au partenaire, dans cet ordre :
}
reasons-title = Raisons
reason-red-flag = Signal d'alarme confirmé (guide { $source }) : { $name }
reason-suspected = Signal d'alarme soupçonné (guide { $source }) : { $name }
reason-refusals = { $count ->
    [one] Le partenaire a refusé de répondre ou de montrer des documents sur { $count } question (guide { $source }) :
   *[other] Le partenaire a refusé de répondre ou de montrer des documents sur { $count } questions (guide { $source }) :
}
reason-not-met = { $name } (guide { $source }) : norme non respectée, score { $score }
reason-partly = { $name } (guide { $source }) : norme respectée en partie seulement, score { $score }
reason-unknown = { $name } : on en sait trop peu ({ $known ->
    [one] { $known } question sur { $applicable } a une réponse connue
   *[other] { $known } questions sur { $applicable } ont une réponse connue
})
reason-all-not-applicable = { $name } : toutes ses questions sont marquées sans objet, or une norme minimale s'applique toujours — vérifiez ces réponses.
negotiate-all-not-applicable = { $name } : convenez avec le partenaire de la façon dont cette norme minimale s'applique à votre partenariat, puis répondez à ses questions.
reason-coverage = Seulement { $coverage } des questions ont une réponse connue (oui, en partie, non ou refus) ; il en faut { $minimum } pour trancher.
reason-all-met = Toutes les normes minimales sont respectées ; aucun signal d'alarme, et le partenaire a répondu à tout.
negotiate-unknown = { $name } : renseignez-vous avant de décider — posez au partenaire les questions restées ouvertes.
negotiate-refusals = { $count ->
    [1] Redemandez par écrit une réponse ou les documents sur cette question ; un partenaire qui refuse encore n'est pas un bon partenaire :
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
show-scoring = Notation : { $text }
show-labelled = { $label } ({ $source }) : { $text }
validate-ok = { $file } : grille valide { $id } { $version } ({ $standards ->
    [one] { $standards } norme
   *[other] { $standards } normes
}, { $questions ->
    [one] { $questions } question
   *[other] { $questions } questions
}).
problem-no-languages = aucune langue n'est déclarée ; ajoutez par exemple `languages: [en, fr]`
problem-bad-version = la version `{ $version }` n'est pas de la forme MAJEURE.MINEURE.CORRECTIF (par exemple 1.0.0)
problem-empty-id = l'identifiant est vide
problem-duplicate-id = l'identifiant `{ $id }` est utilisé deux fois ; chaque identifiant doit être unique dans tout le fichier
problem-missing-text = pas de texte en `{ $lang }`, langue que la grille déclare
problem-unknown-reference = `{ $id }` n'est pas dans `{ $list }`
problem-not-evidenced = aucune question ne renseigne `{ $id }` ; ajoutez-le aux `evidences.{ $list }` d'une question
problem-no-question-at-stage = aucune question sur la norme `{ $id }` n'est posée à l'étape « { $stage } » : elle ne pourrait jamais y être jugée
problem-no-standard = la question `{ $id }` ne renseigne aucune norme ; indiquez-en au moins une sous `evidences.standards`
problem-out-of-range = `{ $name }` vaut { $value } ; il doit être entre 0 et 1
problem-threshold-order = `partly` ({ $partly }) est au-dessus de `met` ({ $met })
problem-no-final-rule = la dernière règle de classement doit être `when: always`, pour que chaque fichier ait un verdict
problem-standard-and-red-flag = la question `{ $id }` renseigne à la fois une norme et des signaux d'alarme ; avec `method: evidence-range`, une question renseigne une norme ou des signaux d'alarme, pour qu'un « non » à un signal d'alarme ne fasse jamais monter le score d'une norme
problem-several-standards = la question `{ $id }` renseigne plus d'une norme ; avec `method: evidence-range`, chaque question a un seul objet : gardez une norme, ou scindez la question
problem-raises-without-red-flag = la question `{ $id }` indique `raises` mais ne renseigne aucun signal d'alarme ; retirez `raises` ou ajoutez le signal sous `evidences.red_flags`
problem-rule-order = la règle `{ $when }` rompt l'ordre « les preuves d'abord » : avec `method: evidence-range`, les règles vont de moche à mauvais, puis non concluant, puis bon, et aucune ne porte sur la couverture
problem-missing-threshold = `{ $name }` manque ; `method: known-mean` en a besoin (ou utilisez `method: evidence-range`)
problem-not-migrated = la question `{ $id }` de la version { $from } n'est ni gardée, ni reprise sous `map`, ni listée sous `removed`
problem-panel-window = `window_days` vaut { $days } ; il doit aller de 1 à { $max } jours (des fichiers plus éloignés font deux examens : comparez-les avec `vet diff`)
problem-standard-count = { $found ->
    [0] la grille n'a aucune norme
    [one] la grille a { $found } norme
   *[other] la grille a { $found } normes
} ; il en faut au moins une

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
err-answers-syntax-help = corrigez le fichier à cet endroit ; `vet man` décrit le fichier de réponses, et `vet rubric show` liste les identifiants des questions
err-rubric-syntax-help = corrigez la grille à cet endroit ; `vet rubric show --format yaml` affiche une grille valide pour partir de là
err-empty = { $file } est vide
err-answers-empty-help = un fichier de réponses commence par `rubric:`, `partner:`, `date:`, `stage:` et `answers:` ; `vet man` en montre un entier
err-rubric-empty-help = `vet rubric show --format yaml` affiche la grille intégrée pour partir de là
err-schema-too-new = { $file } utilise le schéma de grille { $found } ; ce vet lit le schéma { $supported }
err-schema-too-new-help = mettez vet à jour pour lire cette grille
err-rubric-invalid-help = corrigez les problèmes ci-dessus ; `vet rubric validate { $file }` vérifie à nouveau le fichier
err-other-rubric = { $file } a été écrit pour la grille `{ $found }`, pas `{ $expected }`
err-other-rubric-help = évaluez-le avec la grille pour laquelle il a été écrit : --rubric CHEMIN
err-incompatible-version = { $file } a été écrit pour la version { $found } de la grille, et cette grille est en version { $expected } : une autre version majeure, dont les questions peuvent avoir un autre sens
err-incompatible-version-help = réécrivez-le pour cette version avec `vet migrate FICHIER -o NOUVEAU`, ou évaluez-le avec la version de la grille pour laquelle il a été écrit (--rubric CHEMIN)
err-off-scale = { $place } : `{ $found }` n'est pas sur l'échelle des réponses
err-off-scale-help = vouliez-vous dire « { $nearest } » ? L'échelle est "yes", "partly", "no", "dont-know", "refused" et "n/a" (oui, en partie, non, je ne sais pas, refus, sans objet)
err-answered-twice = { $place } : la question `{ $id }` reçoit ici une deuxième réponse
err-answered-twice-help = gardez une seule réponse par question et supprimez l'autre
err-unknown-question = { $place } : la grille n'a pas de question `{ $id }`
err-unknown-question-suggest = vouliez-vous dire `{ $id }` ?
err-unknown-question-help = `vet rubric show` liste chaque question avec son identifiant

## Remarques
notice-unknown-language = vet ne parle pas encore `{ $lang }` ; il utilise l'anglais
notice-other-version = { $file } a été écrit pour la version { $found } de la grille, celle-ci est en { $expected } : noté sur les questions communes
notice-not-at-stage = { $file } : la question `{ $id }` n'est pas posée à l'étape « { $stage } » ; sa réponse est ignorée

## vet interview
err-no-terminal = vet interview a besoin d'un terminal pour poser ses questions, et l'entrée standard, la sortie standard ou la sortie d'erreur n'en est pas un
err-no-terminal-help = pour noter des réponses dans un script, écrivez un fichier de réponses (`vet man` le décrit) et lancez `vet score FICHIER`
err-save = impossible d'enregistrer les réponses dans { $file } : { $detail }
err-save-help = le fichier précédent, s'il existe, est intact ; { $what }
save-too-large = il ferait { $size } octets, et vet lit des fichiers d'au plus { $limit } octets
save-too-large-help = raccourcissez les notes les plus longues dans un éditeur de texte, puis relancez la même commande
ask-partner = Nom de l'organisation partenaire :
ask-choice = Votre choix :
ask-stage = À quel moment se fait cette évaluation ?
ask-answer = Votre réponse :
ask-note = Note (facultative ; Entrée pour la laisser vide) :
ask-evidence = Documents consultés, séparés par ; (facultatif) :
menu-dont-know = je ne sais pas / passer
menu-note = Ajouter une note ou des documents…
menu-help = Pourquoi est-ce important ?
menu-back = ← Revenir à la question précédente
previous-answer = Réponse donnée avant : { $answer }
saving-to = Chaque réponse est enregistrée dès qu'elle est donnée, dans { $file } (lisible par vous seulement).
red-flag-now = ⚑ Signal d'alarme : { $name } (guide { $source })
resume-prompt = { $file } contient un entretien arrêté après { $answered ->
    [one] { $answered } question
   *[other] { $answered } questions
} sur { $total }.
resume-at = Reprendre à la question { $number }
resume-restart = Recommencer à la question 1…
resume-decisive = Reprendre par les questions qui pourraient changer le verdict
progress-open = verdict à ce stade : { $verdict }, pas encore ferme
progress-firm = verdict : { $verdict }, ferme
firm-offer = Le verdict ne peut plus changer : { $verdict }. Terminer maintenant ou continuer ?
firm-finish = Terminer et voir le résultat ({ $count ->
    [one] { $count } question reste
   *[other] { $count } questions restent
} sans réponse)
firm-go-on = Continuer les questions
finished-prompt = { $file } contient un entretien terminé.
finished-revise = Revoir les réponses depuis la question 1
finished-show = Afficher le résultat
err-existing-broken = { $file } ressemble à un fichier de réponses mais ne peut pas être lu comme tel ; vet ne l'écrasera pas
err-existing-broken-help = corrigez le fichier à l'endroit indiqué ci-dessus et relancez la même commande, ou choisissez un autre fichier avec --output
finished-earlier-prompt = { $file } contient une évaluation terminée datée du { $date }. Une nouvelle évaluation va dans un nouveau fichier, pour que chaque fichier daté garde ses réponses.
finished-revise-today = Revoir ce fichier (sa date devient celle d'aujourd'hui)
help-text = Pourquoi est-ce important ? { $help }
quit = Quitter
other-assessment = { $file } contient une autre évaluation, que vet n'écrasera pas. Utiliser { $other } à la place ?
write-to = Écrire dans { $other }
saved-in = Réponses enregistrées dans { $file }
interrupted-saved = Interrompu. { $count ->
    [one] { $count } réponse est enregistrée
   *[other] { $count } réponses sont enregistrées
} dans { $file } ; relancez la même commande pour reprendre.
interrupted-nothing = Interrompu avant toute réponse ; rien n'a été enregistré.
partner-blank = Le nom du partenaire ne peut pas être vide : il nomme le fichier de réponses et chaque rapport. Tapez un nom, ou appuyez sur Échap pour quitter.
err-partner-blank = le nom du partenaire donné avec --partner est vide
err-partner-blank-help = donnez le nom de l'organisation, par exemple --partner "Harbour Peer Network", ou omettez --partner pour qu'il soit demandé
restart-confirm = Recommencer à la question 1 ? Cela efface { $count ->
    [one] { $count } réponse
   *[other] les { $count } réponses
} de { $file }. { $count ->
    [one] Elle reste
   *[other] Elles restent
} dans le fichier jusqu'à votre première nouvelle réponse ou note : si vous arrêtez avant, rien n'est perdu.
restart-no = Non, reprendre à la question { $number }
restart-yes = Oui, recommencer et effacer { $count ->
    [one] { $count } réponse
   *[other] { $count } réponses
}
answer-given = { $prompt } { $answer }
note-pending = Note gardée pour votre réponse : { $note }
note-kept = Note gardée ; elle ira avec la réponse que vous choisirez.
note-too-long = Cette note n'a pas été enregistrée : avec elle, le fichier de réponses ferait { $size } octets, et vet lit des fichiers d'au plus { $limit } octets. Vos réponses et la note précédente sont gardées. Raccourcissez la note, ou mettez le long texte dans un document et donnez son nom parmi les documents consultés.
file-full = Cette réponse n'a pas été enregistrée : avec elle, le fichier de réponses ferait { $size } octets, et vet lit des fichiers d'au plus { $limit } octets. Raccourcissez ou supprimez de longues notes (Échap revient aux questions précédentes), puis répondez à nouveau.
result-title = Résultat
summary-more = … et { $count } de plus dans le rapport complet
summary-again = Pour revoir le rapport complet, lancez :
summary-finish = Terminer
summary-full = Afficher le rapport complet

## Rapports à partager (vet score --format html/markdown/csv, --redact, --output)
report-title = Évaluation de partenariat
report-assessor = Évaluation faite par : { $assessor }
report-redacted = Version expurgée pour le partage : les notes, les documents consultés et le nom de la personne qui a évalué sont retirés.
report-red-flags-title = Signaux d'alarme
report-no-red-flag = Aucun signal d'alarme d'un partenariat moche n'est levé.
report-answers-title = Réponses par norme minimale
report-standard-heading = { $name } (guide { $source })
report-no-answer = Aucune réponse enregistrée sur les questions de cette norme.
report-written = rapport écrit dans { $file } (vous seul pouvez le lire)
col-question = Question
col-answer = Réponse
col-note = Note
col-evidence = Documents consultés
chart-title = Score de chaque norme minimale, de 0 à 1, avec les seuils de la grille
chart-met = norme respectée dès { $value }
chart-partly = norme respectée en partie dès { $value }
chart-unknown = inconnue : on en sait trop peu ({ $known } sur { $applicable })
err-output-is-input = { $file } est l'un des fichiers dont ce rapport est tiré ; vet ne l'écrasera pas
report-written-partial = rapport écrit dans { $file } avec { $written } fichiers sur { $total } : les autres n'ont pas pu être évalués (voir ci-dessus)
report-unchanged = aucun fichier n'a pu être évalué : { $file } est resté tel quel
err-output-is-rubric = { $file } est une grille ; vet ne l'écrasera pas avec un rapport
err-write-stdout = impossible d'écrire le rapport sur la sortie standard : { $detail }
err-write-stdout-help = libérez de la place là où va la sortie, ou écrivez le rapport ailleurs avec -o FICHIER
err-output-is-answers = { $file } est un fichier de réponses ; vet ne l'écrasera pas avec un rapport
err-output-not-file = { $file } n'est pas un fichier ordinaire ; vet n'écrit un rapport que dans un fichier
err-output-help = écrivez le rapport dans un autre fichier, par exemple --output { $suggestion }
err-write-output = impossible d'écrire le rapport dans { $file } : { $detail }
write-why-no-folder = le dossier { $folder } n'existe pas
write-why-not-folder = { $folder } n'est pas un dossier
write-why-denied = vous n'avez pas le droit d'écrire dans le dossier { $folder }
write-why-read-only = le dossier { $folder } est sur un disque où l'on ne peut pas écrire
write-why-full = le disque qui contient { $folder } est plein
write-why-is-folder = { $file } est un dossier
write-help-no-folder = créez d'abord le dossier (mkdir -p { $folder }), ou choisissez un autre fichier avec { $flag }
write-help-other-folder = choisissez avec { $flag } un fichier dans un dossier où vous pouvez écrire
write-help-other-file = choisissez un autre nom de fichier avec { $flag }
write-help-full = libérez de la place sur ce disque, ou choisissez avec { $flag } un fichier sur un autre disque
## vet diff et vet history
diff-partner = Partenaire : { $partner } — { $stage }
diff-rubric = Grille : { $id } { $version }
diff-side-before = Avant : { $date } ({ $file })
diff-side-after = Après : { $date } ({ $file })
diff-verdict = Verdict : { $verdict } ({ $trend })
diff-from-to = { $before } → { $after }
diff-was-now = { $before }, puis { $after }
diff-trend-better = mieux
diff-trend-worse = moins bien
diff-trend-unchanged = inchangé
diff-trend-unclear = impossible à dire
diff-trend-same-weight = même poids
diff-no-change = Aucun changement : même verdict, mêmes scores, signaux d'alarme, refus et réponses.
diff-col-before = Avant
diff-col-after = Après
diff-col-change = Évolution
diff-col-question = Question
diff-flags-raised = Signaux d'alarme apparus ({ $count })
diff-flags-cleared = Signaux d'alarme disparus ({ $count })
diff-suspected-raised = Signaux d'alarme désormais soupçonnés ({ $count })
diff-suspected-cleared = Signaux d'alarme qui ne sont plus soupçonnés ({ $count })
diff-refusals-added = Nouveaux refus ({ $count })
diff-refusals-resolved = Réponses obtenues après un refus ({ $count })
diff-only-before = Répondu seulement avant, le { $date } ({ $count })
diff-only-after = Répondu seulement après, le { $date } ({ $count })
diff-answers-changed = { $count ->
    [one] { $count } réponse a changé
   *[other] { $count } réponses ont changé
}
diff-flag = { $name } (guide { $source })
diff-flag-was-suspected = { $name } (guide { $source }), soupçonné avant
diff-flag-still-suspected = { $name } (guide { $source }), toujours soupçonné
diff-not-in-rubric = `{ $id }` (absente de la version { $version } de la grille)
diff-now = { $question } — maintenant : { $answer }
diff-no-answer-now = { $question } — plus de réponse
diff-err-other-rubrics = { $file } a été écrit pour la grille `{ $found }` et { $first } pour `{ $expected }` : on ne peut pas comparer des réponses à des grilles différentes
diff-err-other-rubrics-help = comparez des fichiers écrits pour la même grille ; `vet score` note chaque fichier séparément
diff-err-other-partners = { $file } porte sur `{ $found }`, mais { $first } porte sur `{ $expected }`
diff-err-other-partners-help = s'il s'agit de la même organisation sous un nom réécrit ou nouveau (l'orthographe des noms change souvent d'une année à l'autre), relancez la même commande avec --force
diff-notice-other-partners = { $file } porte sur `{ $found }` et { $first } sur `{ $expected }` ; comparés quand même (--force)
diff-notice-retired = { $file } : la question `{ $id }` n'existe pas dans la version { $version } de la grille ; sa réponse est listée à part et n'entre pas dans les scores
diff-notice-migrated = { $file } a été écrit pour la grille { $from } : il est comparé sur la grille { $to } grâce à la table de correspondance ({ $split } { $split ->
    [one] question scindée
   *[other] questions scindées
}, { $removed } { $removed ->
    [one] retirée
   *[other] retirées
}) ; `vet migrate` donne le détail
diff-notice-versions = les fichiers ont été écrits pour des versions différentes de la grille { $id } ({ $versions }) : comparés sur les questions communes
diff-notice-order = { $old } ({ $old_date }) est daté après { $new } ({ $new_date }) ; il est quand même comparé comme le fichier le plus ancien : inversez-les si ce n'est pas ce que vous vouliez
history-header = Partenaire : { $partner } — { $count ->
    [one] { $count } évaluation
   *[other] { $count } évaluations
}, du { $first } au { $last }
history-col-date = Date
history-col-verdict = Verdict
history-trend = Tendance
history-key-bars = Tendance : chaque score, du plus ancien au plus récent, de ▁ (0) à █ (1) ; · signifie que rien n'était connu.
history-key-digits = Tendance : les dixièmes de chaque score, du plus ancien au plus récent, de 0 (0,00 à 0,09) à 9 (0,90 à 1,00) ; - signifie que rien n'était connu.
history-standards = Normes minimales, du premier score connu au dernier :
history-standard = { $name } : { $scores } ({ $trend })
history-verdicts = Verdict, de la première évaluation à la dernière : { $verdicts }
history-files = Fichiers, du plus ancien au plus récent :
history-file = { $date } : { $file } ({ $stage })
## vet diff et vet history : ce qui est connu, terminaux étroits
diff-verdict-less-known = on en sait moins
diff-verdict-more-known = on en sait davantage
diff-less-known = On en sait moins : { $count ->
    [one] { $count } norme minimale est devenue inconnue
   *[other] { $count } normes minimales sont devenues inconnues
}, faute de réponses. Cela ne dit rien sur ce que fait le partenaire : trouvez les réponses manquantes avant de conclure.
diff-more-known = On en sait davantage : { $count ->
    [one] { $count } norme minimale qui était inconnue a maintenant un statut
   *[other] { $count } normes minimales qui étaient inconnues ont maintenant un statut
}.
diff-standards-title = Normes minimales
diff-labelled = { $label } : { $value }
history-verdicts-title = Verdicts, du plus ancien au plus récent :
history-verdict-at = { $date } : { $verdict }
history-standards-all = Normes minimales, chaque score, du plus ancien au plus récent :
history-scores-sep = { " ; " }
## Robustesse : YAML que vet refuse de lire
err-yaml-alias = { $place } : ce fichier utilise un alias YAML (`*nom`), que vet ne lit pas
err-yaml-alias-help = écrivez la valeur en entier à la place de l'alias ; un alias peut faire gonfler un petit fichier jusqu'à des gigaoctets, c'est pourquoi vet les refuse
err-yaml-too-deep = { $place } : les listes et les tables sont imbriquées sur plus de { $limit } niveaux
err-yaml-too-deep-help = un fichier de réponses a 4 niveaux et une grille 5 ; vérifiez que c'est le bon fichier

## Options a command does not use; vet man
err-unused-option = `{ $command }` n'utilise pas { $option } ; l'option est refusée plutôt qu'ignorée
err-unused-option-help = retirez { $option } ; `{ $command } --help` liste les options acceptées
err-unused-rubric-validate-help = `vet rubric validate` vérifie la grille donnée en CHEMIN : lancez `vet rubric validate { $path }` pour vérifier { $path }
err-man-exists = { $file } existe et n'est pas une page de manuel de vet ; vet ne l'écrase pas
err-man-exists-help = choisissez un autre fichier avec --output, ou supprimez d'abord { $file }
err-write-man = impossible d'écrire la page de manuel dans { $file } : { $detail }
man-written = page de manuel écrite dans { $file }

## Inputs: folders, standard input, --files-from
err-stdin-twice = l'entrée standard ne peut être lue qu'une fois, et elle est nommée deux fois (`-`, ou `-` et `--files-from -`)
err-stdin-twice-help = donnez un fichier sur l'entrée standard, ou la liste des fichiers, pas les deux ; les autres fichiers se nomment par leur chemin
err-no-inputs = aucun fichier de réponses à lire : les dossiers donnés ne contiennent aucun fichier .yaml, et la liste n'en nomme aucun
err-no-inputs-help = vérifiez le chemin du dossier ; vet lit les fichiers dont le nom finit par .yaml, dans le dossier et ses sous-dossiers

migrate-note-split = Reprise par vet migrate de la question `{ $id }` de la grille { $version }, dont cette question est une partie : vérifiez cette réponse.
migrate-summary = { $file } : grille { $from } vers { $to } : { $renamed } { $renamed ->
    [one] question renommée
   *[other] questions renommées
}, { $split } { $split ->
    [one] scindée
   *[other] scindées
}, { $removed } { $removed ->
    [one] retirée
   *[other] retirées
}
migrate-split = la question `{ $id }` est scindée en { $parts } : chaque partie a repris sa réponse, avec une note pour la vérifier
migrate-removed = la question `{ $id }` n'est plus posée : sa réponse est laissée de côté
migrate-off-stage = la question `{ $id }` n'est pas posée à l'étape de ce fichier dans la nouvelle version : la réponse qu'elle reprendrait est laissée de côté
migrate-conflict = la question `{ $id }` a repris la réponse de `{ $kept }` ; une autre ancienne réponse différait : vérifiez-la
migrate-written = { $file } écrit pour la grille { $version }
err-migrate-exists = { $file } existe déjà ; vet migrate n'écrit jamais par-dessus un fichier
err-migrate-exists-help = donnez un nouveau nom de fichier avec -o, ou omettez -o pour écrire sur la sortie standard
err-migrate-current = { $file } est déjà écrit pour la grille { $version }, la version majeure actuelle
err-migrate-current-help = rien à migrer : évaluez-le avec `vet score { $file }`
err-migrate-no-map = la grille actuelle ({ $to }) n'a pas de correspondance depuis la version { $from }
err-migrate-no-map-help = évaluez le fichier avec la version de la grille pour laquelle il a été écrit (--rubric CHEMIN)
## Ce que contient un fichier là où vet attend autre chose (détails du lecteur YAML, formulés ici)
yaml-at = { $path } : { $detail }
yaml-invalid-type = on attendait { $expected }, mais il y a { $found }
yaml-invalid-type-other = il y a { $found }, que ce champ n'accepte pas
yaml-invalid-value = { $found } n'est pas une valeur valable ici ; on attendait { $expected }
yaml-unknown-field = champ inconnu `{ $field }` ; les champs possibles ici sont { $allowed }
yaml-missing-field = le champ `{ $field }` manque
yaml-duplicate-field = le champ `{ $field }` est donné deux fois
yaml-unknown-value = `{ $value }` n'est pas accepté ici ; les valeurs possibles sont { $allowed }
yaml-bad-date = ce n'est pas une date de la forme AAAA-MM-JJ (par exemple 2025-03-14)
yaml-found-text = le texte « { $value } »
yaml-found-number = le nombre { $value }
yaml-found-boolean = la valeur { $value }
yaml-found-list = une liste
yaml-found-mapping = une table (lignes clé: valeur)
yaml-found-empty = une valeur vide
yaml-found-other = une valeur d'un autre type
yaml-expected-text = un texte
yaml-expected-number = un nombre
yaml-expected-whole-number = un nombre entier
yaml-expected-boolean = true ou false
yaml-expected-list = une liste
yaml-expected-mapping = une table (lignes clé: valeur)
yaml-expected-answers-file = un fichier de réponses (`rubric`, `partner`, `date`, `stage`, `answers`)
yaml-expected-rubric-ref = l'`id` et la `version` d'une grille
yaml-expected-entry = une réponse (`answer`, et au besoin `note` et `evidence`)
yaml-expected-answer-map = des identifiants de questions, chacun avec sa réponse
yaml-expected-rubric = une grille
yaml-expected-answer = l'une des valeurs "yes", "partly", "no", "dont-know", "refused", "n/a"
## Grilles qui ne parlent pas la langue de l'interface
notice-rubric-language = la grille { $id } { $version } n'a pas de textes en français ; ses questions, normes et conseils sont affichés { $fallback ->
    [en] en anglais
   *[other] dans sa première langue, `{ $fallback }`
}
## vet export xlsform : les textes propres au formulaire, dans ses langues
form-partner = Nom de l'organisation partenaire
form-partner-hint = L'organisation sur laquelle porte cette évaluation, écrite de la même façon à chaque fois.
form-stage = À quel moment cette évaluation est-elle faite ?
form-stage-before = Avant de signer un accord
form-stage-ongoing = Pendant le partenariat
form-role = Votre rôle (facultatif)
form-role-hint = Par exemple : coordination, conseil d'administration, travail de proximité. N'écrivez pas votre nom.
form-note = Note (facultative)
form-note-hint = Ce qui a été dit ou vu, ce qui reste à vérifier. N'écrivez le nom de personne.
form-red-flags = Signaux d'alerte
form-other-questions = Autres questions
form-answer-yes = Oui
form-answer-partly = En partie
form-answer-no = Non
form-answer-dont-know = Je ne sais pas
form-answer-refused = A refusé de répondre ou de montrer des documents
form-answer-not-applicable = Ne s'applique pas
## vet export xlsform
xlsform-written = formulaire écrit dans { $file } : { $questions ->
    [one] { $questions } question
   *[other] { $questions } questions
} en { $groups ->
    [one] { $groups } groupe
   *[other] { $groups } groupes
}, en { $languages } ; form_id { $id }, version { $version }
err-xlsform-exists = { $file } existe déjà ; vet ne le remplace pas
err-xlsform-exists-help = nommez le classeur avec -o FICHIER.xlsx ; un classeur antérieur donné avec -o est remplacé
err-xlsform-not-workbook = { $file } existe et n'est pas un classeur ; vet ne remplace qu'un classeur antérieur
err-xlsform-not-workbook-help = nommez un autre fichier avec -o FICHIER.xlsx
err-xlsform-write = impossible d'écrire le formulaire dans { $file } : { $detail }
err-xlsform-build = impossible de construire le classeur : { $detail }
err-xlsform-lang = la grille n'a pas de textes en `{ $lang }`
err-xlsform-lang-help = le formulaire peut s'ouvrir en { $languages } : choisissez avec --lang
err-form-name = l'identifiant `{ $id }` de la grille ne peut pas être le nom d'un champ du formulaire
err-form-name-help = un nom de formulaire commence par une lettre ou _ et ne contient que des lettres, des chiffres, -, _ et . : renommez-le dans une copie de la grille et passez-la à `vet rubric validate`
err-form-clash = deux champs du formulaire s'appelleraient `{ $name }` (les noms sont comparés sans la casse, et `meta` est déjà pris)
err-form-clash-help = renommez l'identifiant `{ $name }` dans une copie de la grille
err-form-quote = l'identifiant ou la version `{ $value }` de la grille contient ' et ", qu'un formulaire ne peut pas contenir ensemble
err-form-quote-help = retirez l'un des deux guillemets dans une copie de la grille
## vet import
import-place-row = { $file }, ligne { $row }
import-place-item = { $file }, soumission { $row }
import-written = { $file } écrit ({ $partner }, { $date })
import-exists = { $file } existe déjà et reste tel quel : soumission déjà importée
import-unknown-columns = { $file } : { $count ->
    [one] { $count } colonne n'est pas dans le formulaire et est ignorée
   *[other] { $count } colonnes ne sont pas dans le formulaire et sont ignorées
} : { $names }
import-summary = { $written ->
    [one] { $written } fichier de réponses écrit
   *[other] { $written } fichiers de réponses écrits
}, { $existing } déjà là, { $skipped ->
    [one] { $skipped } soumission écartée
   *[other] { $skipped } soumissions écartées
}
err-import-csv = { $place } : impossible de lire le CSV : { $detail }
err-import-json = { $place } : impossible de lire le JSON : { $detail }
err-import-read-help = donnez le fichier tel que le serveur l'a exporté, sans l'avoir réenregistré dans un tableur, ou indiquez sa forme avec --format
err-import-no-submissions = { $file } : pas de liste de soumissions (une liste JSON, ou un objet avec `results`)
err-import-no-submissions-help = téléchargez les soumissions par l'API de données de KoboToolbox (…/api/v2/assets/UID/data.json), ou exportez un CSV
err-import-not-vet = { $file } : ce n'est pas l'export d'un formulaire fait par `vet export xlsform` : pas de colonne { $missing }
err-import-not-vet-help = exportez les données avec les noms des champs en en-têtes : dans KoboToolbox « XML values and headers » ; ODK Central les utilise toujours
err-import-other-form = { $place } : cette soumission répond à { $found_id } version { $found_version }, pas à { $id } version { $version } ; écartée
err-import-other-form-help = importez-la avec la grille dont son formulaire est issu : --rubric FICHIER
err-import-no-rubric = { $place } : la soumission ne dit pas à quelle grille elle répond (rubric_id et rubric_version sont vides) ; écartée
err-import-no-partner = { $place } : pas de nom de partenaire ; écartée
err-import-bad-stage = { $place } : le moment `{ $found }` n'est ni before ni ongoing ; écartée
err-import-bad-answer = { $place } : question `{ $id }` : `{ $found }` n'est pas une réponse du formulaire ; écartée
err-import-bad-answer-help = les réponses du formulaire sont yes, partly, no, dont_know, refused et not_applicable : exportez avec « XML values and headers »
err-import-no-date = { $place } : pas de date : start, end, _submission_time et SubmissionDate sont tous vides ; écartée
err-import-not-decrypted = { $place } : la soumission est chiffrée et n'a pas été déchiffrée ({ $status }) ; écartée
err-import-not-decrypted-help = exportez à nouveau depuis ODK Central en donnant la phrase secrète du chiffrement du projet
err-import-row-help = les autres soumissions sont importées ; corrigez celle-ci sur le serveur et importez l'export à nouveau : ce qui a été importé n'est pas écrit deux fois
err-import-write = impossible d'écrire { $file } : { $detail }
err-import-out-dir = impossible de créer le dossier { $file } : { $detail }
err-import-zip = { $file } : impossible de lire le zip : { $detail }
err-import-zip-csv = { $file } : le zip contient { $count ->
    [0] aucun fichier CSV
    [one] { $count } fichier CSV dont vet ne peut pas dire qu'il est celui du formulaire : { $names }
   *[other] { $count } fichiers CSV et vet ne peut pas dire lequel est celui du formulaire : { $names }
}
err-import-zip-csv-help = décompressez-le et donnez à vet le CSV qui porte l'identifiant du formulaire
err-import-zip-too-large = { $file } : { $name } dépasse { $limit } octets une fois décompressé
err-import-zip-too-large-help = exportez moins de soumissions à la fois (un filtre par date sur le serveur), ou découpez le CSV
err-import-zip-not-utf8 = { $file } : { $name } n'est pas du texte UTF-8

## vet panel
panel-report-title = Panel de répondants
panel-header = Panel : { $partner } — { $stage } — { $count ->
    [one] { $count } répondant
   *[other] { $count } répondants
}, du { $from } au { $to }
panel-rubric = Grille { $id } { $version } — réponses combinées : { $known } questions sur { $total } avec une réponse connue
panel-rules = Règles de combinaison ({ $from }) : un signal d'alarme est confirmé quand { $confirm } des répondants qui ont répondu le signalent, sinon il reste soupçonné ; un refus constaté par un seul compte ; autres réponses : { $combine }. Un seul examen : fichiers à { $window } jours d'écart au plus.
panel-rules-rubric = la section panel de la grille
panel-rules-default = par défaut de vet
panel-share-any = un seul
panel-share-majority = plus de la moitié
panel-share-all = tous
panel-combine-lower-median = la médiane, la moins favorable en cas d'égalité
panel-combine-least-favourable = la réponse la moins favorable
panel-respondents = Répondants : { $files }
panel-agenda-title = À discuter d'abord : là où les répondants ne sont pas d'accord ({ $count })
panel-agenda-none = Les répondants sont d'accord sur chaque question à laquelle ils ont répondu.
panel-agenda-item = { $question } — réponse combinée : { $answer }. { $why }.
panel-agenda-flags = Signal d'alarme : { $flags }.
panel-side = { $answer } — { $who }
panel-side-note = { $answer } — { $who } : { $note }
panel-why-no-answer = Personne n'a répondu
panel-why-none-known = Personne ne sait
panel-why-same = Tous d'accord
panel-why-red-flag-reported = Signal d'alarme signalé par assez de répondants : confirmé, un point à vérifier (guide 5.3)
panel-why-red-flag-contradicted = Signal d'alarme signalé et contredit : soupçonné, un point à vérifier (guide 5.3)
panel-why-red-flag-partly = Signal d'alarme signalé en partie : soupçonné, un point à vérifier (guide 5.3)
panel-why-refusal = Un répondant s'est heurté à un refus, qui compte (guide 6)
panel-why-lower-median = La réponse médiane, la moins favorable en cas d'égalité
panel-why-least-favourable = La réponse la moins favorable donnée
panel-verdict-line = Verdict combiné : { $verdict } — { $why }
panel-respondents-range = Les verdicts propres des répondants vont de { $best } à { $worst }.
panel-respondents-same = Le verdict propre de chaque répondant est { $verdict }.
panel-col-panel = Combiné
panel-col-respondents = Répondants
panel-col-partner = Partenaire
panel-col-difference = Écart
panel-col-respondent = Répondant
panel-col-answers = Réponses
panel-col-agreement = Accord
panel-col-combined = Réponse combinée
panel-range = de { $low } à { $high }
panel-count = { $count } { $answer }
panel-count-blank = { $count } sans réponse
panel-agreement-unknown = personne ne sait
panel-agreement-agree = d'accord
panel-agreement-differ = nuancé
panel-agreement-split = opposé
panel-respondents-title = Répondants
panel-questions-title = Chaque question : comment les réponses se répartissent
panel-partner-title = Le point de vue du partenaire lui-même ({ $file }), non compté dans le verdict combiné
panel-partner-verdict = Les réponses du partenaire lui-même donneraient : { $verdict }.
panel-gaps-title = Là où le partenaire se voit autrement ({ $count })
panel-gap = { $question } — le partenaire dit { $partner } ; { $count } de vos { $known } répondants disent autre chose, le plus souvent { $answer } (réponse combinée : { $panel }).
panel-gap-none = Les réponses du partenaire rejoignent les réponses combinées partout où les répondants savent.
panel-chart-title = Dispersion des scores des répondants par norme.
panel-chart-legend = Bande : du répondant le plus bas au plus haut ; points : chaque répondant ; barre : le score combiné, coloré selon son statut.
panel-chart-legend-partner = Bande : du répondant le plus bas au plus haut ; points : chaque répondant ; barre : le score combiné, coloré selon son statut ; losange : le point de vue du partenaire lui-même.
panel-chart-label = { $panel } ({ $range })
panel-err-twice = { $file } est donné deux fois
panel-err-twice-help = chaque répondant compte une fois : donnez chaque fichier une seule fois, et le fichier de --partner-view à part de ceux des répondants
panel-err-other-version = { $file } a été écrit pour la version { $found } de la grille et { $first } pour la version { $expected } : un panel demande une seule version majeure
panel-err-other-version-help = réécrivez les fichiers plus anciens avec `vet migrate`, puis combinez les nouveaux fichiers
panel-err-other-stage = { $file } porte sur l'étape « { $found } » et { $first } sur « { $expected } » : un panel combine des réponses données à une seule étape
panel-err-other-stage-help = donnez les fichiers d'un seul examen ; comparez une évaluation avant signature et un examen ultérieur avec `vet diff`
panel-err-too-far-apart = { $earliest } ({ $earliest_date }) et { $latest } ({ $latest_date }) ont { $days } jours d'écart ; les fichiers d'un seul examen ont au plus { $window } jours d'écart
panel-err-too-far-apart-help = donnez les fichiers d'un seul examen (la fenêtre est `panel.window_days` dans la grille) ; pour des évaluations à plusieurs mois d'écart, utilisez `vet history`
