// Strings of the change history shown in the timeline (history.cpp, timeline.cpp).
// Rows as in ui/i18n_table.h: X(key, english, russian); labels carry a "###id" suffix.
// No include guard: an X-macro list, included by ui/i18n_table.h only.

// clang-format off
#define CARD_STRINGS_HISTORY(X) \
    X(CollHistory,          "Change history",                         "История изменений")                    \
    X(HiShowChanges,        "Show changes###tl_history",              "Показать изменения###tl_history")      \
    X(HiShowChangesTip,     "Interleave the recorded changes of the client's fields, contact persons, contracts and interests with the interactions (who, when, old and new value).", \
                            "Показать в ленте записанные изменения реквизитов клиента, контактных лиц, договоров и интересов (кто, когда, было и стало).") \
    X(HiChangesOne,         "%d change",                              "%d изменение")                         \
    X(HiChangesFew,         "%d changes",                             "%d изменения")                         \
    X(HiChangesMany,        "%d changes",                             "%d изменений")                         \
    X(HiEmptyValue,         "(empty)",                                "(пусто)")                              \
    X(HiCreatedFmt,         "%s added: %s",                           "%s: добавлено — %s")                   \
    X(HiRemovedFmt,         "%s removed: %s",                         "%s: удалено — %s")                     \
    X(HiClientCreated,      "Client created",                         "Клиент создан")                        \
    X(HiClientRemoved,      "Client removed",                         "Клиент удалён")                        \
    X(HiUnknownAuthor,      "author unknown",                         "автор не указан")                      \
    X(HiByUndo,             "undo",                                   "отмена")                               \
    X(HiByRedo,             "redo",                                   "повтор")                               \
    X(HiOld,                "Was:",                                   "Было:")                                \
    X(HiNew,                "Now:",                                   "Стало:")                               \
    X(HiAuthorFmt,          "Changed by: %s",                         "Изменил: %s")                          \
    X(HiEntityClient,       "Client",                                 "Клиент")                               \
    X(HiEntityContact,      "Contact person",                         "Контактное лицо")                      \
    X(HiEntityContract,     "Contract",                               "Договор")                              \
    X(HiEntityInterest,     "Interest",                               "Интерес")                              \
    /* ---- Field names as the card shows them */                                                            \
    X(HfName,               "Name",                                   "Наименование")                         \
    X(HfFullName,           "Full name",                              "ФИО")                                  \
    X(HfLegalName,          "Legal name",                             "Полное наименование")                  \
    X(HfKind,               "Kind",                                   "Вид")                                  \
    X(HfInn,                "INN",                                    "ИНН")                                  \
    X(HfKpp,                "KPP",                                    "КПП")                                  \
    X(HfOgrn,               "OGRN",                                   "ОГРН")                                 \
    X(HfLegalAddress,       "Legal address",                          "Юридический адрес")                    \
    X(HfActualAddress,      "Actual address",                         "Фактический адрес")                    \
    X(HfPhones,             "Phones",                                 "Телефоны")                             \
    X(HfEmails,             "E-mails",                                "Эл. почта")                            \
    X(HfWebsite,            "Website",                                "Сайт")                                 \
    X(HfSegment,            "Segment",                                "Сегмент")                              \
    X(HfIndustry,           "Industry",                               "Отрасль")                              \
    X(HfSize,               "Size",                                   "Размер")                               \
    X(HfSource,             "Source",                                 "Источник")                             \
    X(HfStatus,             "Status",                                 "Статус")                               \
    X(HfTags,               "Tags",                                   "Метки")                                \
    X(HfNotes,              "Notes",                                  "Комментарий")                           \
    X(HfCreatedAt,          "Created",                                "Создан")                               \
    X(HfResponsibles,       "Responsible",                            "Ответственные")                        \
    X(HfProducts,           "Products",                               "Продукты")                             \
    X(HfInfobases,          "Infobases",                              "Информационные базы")                  \
    X(HfClient,             "Client",                                 "Клиент")                               \
    X(HfPosition,           "Position",                               "Должность")                            \
    X(HfRole,               "Role",                                   "Роль")                                 \
    X(HfPrimary,            "Primary contact",                        "Основное контактное лицо")             \
    X(HfNumber,             "Number",                                 "Номер")                                \
    X(HfContractTitle,      "Title",                                  "Предмет договора")                     \
    X(HfSignedOn,           "Signed on",                              "Дата подписания")                      \
    X(HfValidFrom,          "Valid from",                             "Действует с")                          \
    X(HfValidTo,            "Valid to",                               "Действует по")                         \
    X(HfAmount,             "Amount",                                 "Сумма")                                \
    X(HfTerms,              "Terms",                                  "Условия")                              \
    X(HfTitle,              "Title",                                  "Название")                             \
    X(HfProject,            "Project",                                "Проект")                               \
    X(HfResponsible,        "Responsible",                            "Ответственный")                        \
    X(HfState,              "State",                                  "Состояние")                               \
    X(HfRevenue,            "Expected revenue",                       "Ожидаемая выручка")                    \
    X(HfProbability,        "Probability, %",                         "Вероятность, %")                       \
    X(HfOpenedOn,           "Opened on",                              "Дата открытия")                          \
    X(HfCloseOn,            "Close by",                               "Срок закрытия")               \
    X(HfCloseReason,        "Close reason",                           "Причина закрытия")                     \
    X(HfYes,                "yes",                                    "да")                                   \
    X(HfNo,                 "no",                                     "нет")
// clang-format on
