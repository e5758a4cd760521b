// Strings of the Contracts and agreements tab: table, in-force marks, editor; contract kind and status labels.
// Rows as in ui/i18n_table.h: X(key, english, russian); labels carry a "###id" suffix.
// No include guard: an X-macro list, included by ui/i18n_table.h only.

// clang-format off
#define CARD_STRINGS_CONTRACTS(X) \
    /* ---- Contracts tab */                                                                                  \
    X(ContractsComing,                                                                                        \
      "Editing contracts and agreements comes in the next version. This is what is recorded for the client now:", \
      "Редактирование договоров и соглашений появится в следующей версии. Сейчас по клиенту записано:")       \
    X(ContractsNone,        "No contracts or agreements.",            "Договоров и соглашений нет.")          \
    X(ColNumber,            "Number",                                 "Номер")                                \
    X(ColKind,              "Kind",                                   "Вид")                                  \
    X(ColStatus,            "Status",                                 "Статус")                               \
    X(ColValidity,          "Valid",                                  "Срок действия")                        \
    X(ColAmount,            "Amount",                                 "Сумма")                                \
    X(ColInForce,           "In force today",                         "Действует сегодня")                    \
    X(OpenEnded,            "open-ended",                             "бессрочно")                            \
    X(ContractKindContract, "Contract",                               "Договор")                              \
    X(ContractKindAgreement, "Agreement",                             "Соглашение")                           \
    X(ContractKindService,  "Service agreement",                      "Договор на обслуживание")              \
    X(ContractDraft,        "Draft",                                  "Черновик")                             \
    X(ContractActive,       "Active",                                 "Действует")                            \
    X(ContractSuspended,    "Suspended",                              "Приостановлен")                        \
    X(ContractClosed,       "Closed",                                 "Закрыт")
// clang-format on
