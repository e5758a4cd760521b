// Strings of the Interests tab (deals): table, filters, chart, editor; interest state labels.
// Rows as in ui/i18n_table.h: X(key, english, russian); labels carry a "###id" suffix.
// No include guard: an X-macro list, included by ui/i18n_table.h only.

// clang-format off
#define CARD_STRINGS_INTERESTS(X) \
    /* ---- Interests tab */                                                                                  \
    X(InterestsComing,                                                                                        \
      "Editing interests (deals) comes in the next version. This is what is recorded for the client now:",    \
      "Редактирование интересов (сделок) появится в следующей версии. Сейчас по клиенту записано:")          \
    X(InterestsNone,        "No interests.",                          "Интересов нет.")                       \
    X(ColTitle,             "Title",                                  "Название")                             \
    X(ColState,             "State",                                  "Состояние")                            \
    X(ColExpected,          "Expected revenue",                       "Ожидаемая выручка")                    \
    X(ColProbability,       "Probability",                            "Вероятность")                          \
    X(ColCloseOn,           "Close by",                               "Срок закрытия")                        \
    X(ColResponsible,       "Responsible",                            "Ответственный")                        \
    X(ColNextActivity,      "Next activity",                          "Следующее действие")                   \
    X(StateNew,             "New",                                    "Новый")                                \
    X(StateQualification,   "Qualification",                          "Квалификация")                         \
    X(StateProposal,        "Proposal",                               "Предложение")                          \
    X(StateNegotiation,     "Negotiation",                            "Переговоры")                           \
    X(StateWon,             "Won",                                    "Выигран")                              \
    X(StateLost,            "Lost",                                   "Проигран")
// clang-format on
