// Strings of duplicate warnings and the merge dialog (duplicates.cpp).
// Rows as in ui/i18n_table.h: X(key, english, russian); labels carry a "###id" suffix.
// No include guard: an X-macro list, included by ui/i18n_table.h only.

// clang-format off
#define CARD_STRINGS_DUPLICATES(X) \
    /* ---- The warning in the requisites (and its reasons, also in the import dialog) */                     \
    X(DupInnKpp,            "A client with this INN and KPP already exists: “%s”",                            \
                            "Клиент с таким ИНН и КПП уже есть: «%s»")                                         \
    X(DupInn,               "A client with this INN already exists: “%s”",                                   \
                            "Клиент с таким ИНН уже есть: «%s»")                                               \
    X(DupBranch,            "The same INN with another KPP (perhaps a branch): “%s”, KPP %s",                 \
                            "Тот же ИНН, другой КПП (возможно, филиал): «%s», КПП %s")                         \
    X(DupPhone,             "The phone %s is already a phone of “%s”",                                        \
                            "Телефон %s уже есть у клиента «%s»")                                              \
    X(DupPhoneContact,      "The phone %s is already the phone of %s, a contact of “%s”",                     \
                            "Телефон %s уже записан у контакта %s клиента «%s»")                               \
    X(DupMore,              "…and %d more",                           "…и ещё %d")                            \
    X(DupOpen,              "Open###dup_open",                        "Открыть###dup_open")                   \
    X(DupOpenTip,           "Open the card of “%s”",                  "Открыть карточку «%s»")                \
    X(DupMerge,             "Merge…###dup_merge",                     "Объединить…###dup_merge")              \
    X(DupMergeTip,          "Make this card and “%s” one card",       "Объединить эту карточку и «%s» в одну") \
    /* ---- The card's "⋯" menu */                                                                            \
    X(CardMoreActions,      "More actions",                           "Другие действия")                      \
    X(CardMergeWith,        "Merge with another client…###merge_with", "Объединить с другим клиентом…###merge_with") \
    /* ---- The merge dialog */                                                                               \
    X(MergeTitle,           "Merge clients###merge_dialog",           "Объединение клиентов###merge_dialog")  \
    X(MergeIntro,                                                                                             \
      "Two cards of one company become one: everything the removed card has (contacts, activities, "          \
      "interests, contracts, links) moves to the card that stays. You can undo it.",                          \
      "Две карточки одной компании станут одной: всё, что есть у удаляемой карточки (контакты, "              \
      "взаимодействия, интересы, договоры, связи), перейдёт в оставшуюся. Это можно отменить.")               \
    X(MergeWith,            "Merge with",                             "Объединить с")                         \
    X(MergeFindHint,        "name or INN",                            "наименование или ИНН")                 \
    X(MergeFindTypeHint,    "Type part of the name or the INN, then pick the client.",                        \
                            "Введите часть наименования или ИНН и выберите клиента.")                         \
    X(MergeFindNone,        "No client matches “%s”.",                "Нет клиентов по запросу «%s».")        \
    X(MergeFindMore,        "…and %d more: type more to narrow",      "…и ещё %d: уточните запрос")           \
    X(MergeThisCard,        "(this card)",                            "(эта карточка)")                       \
    X(MergeInn,             "INN %s",                                 "ИНН %s")                               \
    X(MergeChange,          "Change###merge_change",                  "Изменить###merge_change")              \
    X(MergeKeepTitle,       "Which card stays",                       "Какая карточка останется")             \
    X(MergeCreated,         "created %s",                             "создана %s")                           \
    X(MergeKeepExisting,    "Proposed: the client you already had stays; the newer card is merged into it.",  \
                            "Предложено: остаётся клиент, который уже был; новая карточка вливается в него.") \
    X(MergeKeepOlder,       "Proposed: the card created first stays.",                                        \
                            "Предложено: остаётся карточка, созданная раньше.")                                \
    X(MergeKeepThis,        "Proposed: the open card stays.",         "Предложено: остаётся открытая карточка.") \
    X(MergeRemoved,         "“%s” is removed after the merge.",       "Карточка «%s» после объединения будет удалена.") \
    X(MergeMovesTitle,      "Moves to “%s”",                          "Перейдёт в «%s»")                      \
    X(MergeCounts,          "Contacts: %zu · Activities: %zu · Interests: %zu · Contracts: %zu · Links: %zu", \
                            "Контакты: %zu · Взаимодействия: %zu · Интересы: %zu · Договоры: %zu · Связи: %zu") \
    X(MergeAdded,           "Added to its lists:",                    "Добавится в списки:")                  \
    X(MergeAddPhones,       "phones %zu",                             "телефоны %zu")                         \
    X(MergeAddEmails,       "e-mails %zu",                            "эл. почта %zu")                        \
    X(MergeAddTags,         "tags %zu",                               "метки %zu")                            \
    X(MergeAddResponsibles, "responsible people %zu",                 "ответственные %zu")                    \
    X(MergeAddProducts,     "products %zu",                           "продукты %zu")                         \
    X(MergeAddInfobases,    "infobases %zu",                          "информационные базы %zu")              \
    X(MergeNotesJoined,     "The notes of both are joined.",          "Примечания обеих карточек объединятся.") \
    X(MergePrimaryCleared,  "“%s” keeps its primary contact; the other card's becomes an ordinary contact.",  \
                            "У «%s» останется её основной контакт; основной контакт другой карточки станет обычным.") \
    X(MergeFilledTitle,     "Empty fields filled from “%s”:",         "Пустые поля заполнятся из «%s»:")      \
    X(MergeConflictsTitle,  "Different values: “%s” keeps its own, those of “%s” are dropped:",               \
                            "Значения различаются: у «%s» останутся свои, значения «%s» будут отброшены:")     \
    X(MergeKeptDropped,     "%s: %s (kept), %s (dropped)",            "%s: %s (остаётся), %s (отбрасывается)") \
    X(MergeFilledLine,      "%s: %s",                                 "%s: %s")                             \
    X(MergeDroppedTitle,    "Links removed by the merge:",            "Связи, которые будут удалены:")        \
    X(MergeDropSelf,        "%s “%s”: the two cards become one, a link to itself is not kept",                \
                            "%s «%s»: карточки станут одной, связь с самой собой не сохраняется")             \
    X(MergeDropDuplicate,   "%s “%s”: the card that stays already has this link",                             \
                            "%s «%s»: у остающейся карточки такая связь уже есть")                            \
    X(MergeDropCycle,       "%s “%s”: would close a circle of parent companies",                              \
                            "%s «%s»: получился бы замкнутый круг головных компаний")                         \
    X(MergeClashTitle,      "Contract numbers that will occur twice (both contracts are kept):",              \
                            "Номера договоров, которые будут повторяться (оба договора сохранятся):")          \
    X(MergeClashLine,       "No. %s",                                 "№ %s")                                 \
    X(MergeNothingMoves,    "The other card has no contacts, activities, interests, contracts or links.",     \
                            "У другой карточки нет контактов, взаимодействий, интересов, договоров и связей.") \
    X(MergeConfirm,         "Merge###merge_confirm",                  "Объединить###merge_confirm")           \
    X(MergeCancel,          "Cancel###merge_cancel",                  "Отмена###merge_cancel")                \
    X(MergePickFirst,       "Choose the client to merge with.",       "Выберите клиента, с которым объединить.") \
    X(MergeReadOnly,        "Read-only: clients cannot be merged in this tab.",                               \
                            "Только просмотр: в этой вкладке клиентов не объединить.")                        \
    X(MergeRefusedSame,     "A client cannot be merged with itself.", "Клиента нельзя объединить с самим собой.") \
    X(MergeRefusedMissing,  "One of the clients no longer exists.",   "Одного из клиентов уже нет.")          \
    X(MergeDone,            "Merged “%s” into “%s”",                  "Карточка «%s» объединена с «%s»")      \
    X(MergeUndo,            "Undo###merge_undo",                      "Отменить###merge_undo")                \
    X(MergeUndoDismissTip,  "Hide (the merge stays)",                 "Скрыть (объединение останется)")       \
    /* ---- merge field names */                                                                              \
    X(MFName,               "Name",                                   "Наименование")                         \
    X(MFLegalName,          "Legal name",                             "Полное наименование")                  \
    X(MFInn,                "INN",                                    "ИНН")                                  \
    X(MFKpp,                "KPP",                                    "КПП")                                  \
    X(MFOgrn,               "OGRN",                                   "ОГРН")                                 \
    X(MFLegalAddress,       "Legal address",                          "Юридический адрес")                    \
    X(MFActualAddress,      "Actual address",                         "Фактический адрес")                    \
    X(MFWebsite,            "Website",                                "Сайт")                                 \
    X(MFSegment,            "Segment",                                "Сегмент")                              \
    X(MFIndustry,           "Industry",                               "Отрасль")                              \
    X(MFSize,               "Size",                                   "Размер")                               \
    X(MFSource,             "Source",                                 "Источник")                             \
    X(MFCreated,            "Created",                                "Создан")                               \
    X(MFKind,               "Kind",                                   "Вид")                                  \
    X(MFStatus,             "Status",                                 "Статус")                               \
    /* ---- The import dialog */                                                                              \
    X(ImpDupTitle,          "These new clients look like clients you already have:",                          \
                            "Эти новые клиенты похожи на уже существующих:")                                  \
    X(ImpDupRow,            "“%s” looks like “%s”",                   "«%s» похож на «%s»")                   \
    X(ImpDupInnKpp,         "same INN %s",                            "тот же ИНН %s")                        \
    X(ImpDupInn,            "same INN %s, another KPP (a branch?)",   "тот же ИНН %s, другой КПП (филиал?)")  \
    X(ImpDupPhone,          "same phone %s",                          "тот же телефон %s")                    \
    X(ImpDupOpen,           "Open existing###imp_dup_open",           "Открыть существующего###imp_dup_open") \
    X(ImpDupHint,                                                                                             \
      "The import adds them as separate clients. Each of their cards then shows the warning with Merge…",     \
      "Импорт добавит их отдельными клиентами. В карточке каждого из них будет предупреждение с кнопкой «Объединить…».") \
    X(ImpDupDone,           " %zu of the new clients look like clients you already had: their cards show a warning with Merge….", \
                            " Новых клиентов, похожих на существующих: %zu; в их карточках есть предупреждение и «Объединить…».")
// clang-format on
