// Strings of the client list search and its quick filters.
// Rows as in ui/i18n_table.h: X(key, english, russian); labels carry a "###id" suffix.
// No include guard: an X-macro list, included by ui/i18n_table.h only.

// clang-format off
#define CARD_STRINGS_SEARCH(X) \
    X(SrchHint,             "name, INN, phone, e-mail, contact",      "название, ИНН, тел., почта, контакт") \
    /* ---- the matched field under a client's name ("%s" is the value, highlighted) */                        \
    X(SrchMatchInn,         "INN %s",                                 "ИНН %s")                               \
    X(SrchMatchPhone,       "tel. %s",                                "тел. %s")                              \
    X(SrchMatchEmail,       "e-mail %s",                              "e-mail %s")                            \
    X(SrchMatchContact,     "contact: %s",                            "контакт: %s")                          \
    X(SrchMatchLegal,       "%s",                                     "%s")                                   \
    /* ---- quick filters: the button, its popup, the summary row */                                          \
    X(QfButton,             "Filters###qf_button",                    "Отбор###qf_button")                    \
    X(QfButtonCount,        "Filters (%d)###qf_button",               "Отбор (%d)###qf_button")               \
    X(QfButtonTip,          "Show only some clients: by status, segment, responsible, contract, infobases, activities", \
                            "Показать только часть клиентов: по статусу, сегменту, ответственному, договору, ИБ, делам") \
    X(QfTitle,              "Show only clients",                      "Показать только клиентов")             \
    X(QfStatus,             "Status:",                                "Статус:")                              \
    X(QfProspect,           "prospect###qf_st_prospect",              "потенциальный###qf_st_prospect")       \
    X(QfActive,             "active###qf_st_active",                  "действующий###qf_st_active")           \
    X(QfFormer,             "former###qf_st_former",                  "бывший###qf_st_former")                \
    X(QfSegment,            "Segment###qf_segment",                   "Сегмент###qf_segment")                 \
    X(QfResponsible,        "Responsible###qf_resp",                  "Ответственный###qf_resp")              \
    X(QfAnySegment,         "any###qf_any_segment",                   "любой###qf_any_segment")               \
    X(QfAnyone,             "anyone###qf_anyone",                     "любой###qf_anyone")                    \
    X(QfNoContract,         "No contract in force###qf_no_contract",  "Нет действующего договора###qf_no_contract") \
    X(QfNeedsUpdate,        "Infobase needs an update###qf_ib",       "Инфобаза требует обновления###qf_ib")  \
    X(QfOverdue,            "Overdue activities###qf_overdue",        "Просроченные дела###qf_overdue")       \
    X(QfClear,              "Clear###qf_clear",                       "Сбросить###qf_clear")                  \
    X(QfClearTip,           "Show all clients: clear the search and the filters",                             \
                            "Показать всех клиентов: очистить поиск и отбор")                                 \
    X(QfClearFilters,       "Clear filters###qf_clear_filters",       "Сбросить отбор###qf_clear_filters")    \
    X(QfShownOf,            "%zu of %zu",                             "%zu из %zu")                           \
    X(QfNoMatches,          "No client matches the search and the filters.",                                   \
                            "Ни один клиент не подходит под поиск и отбор.")                                  \
    /* ---- the summary of the filters on (joined with " · ") */                                              \
    X(QfSumSegment,         "segment: %s",                            "сегмент: %s")                          \
    X(QfSumResponsible,     "responsible: %s",                        "ответственный: %s")                    \
    X(QfSumNoContract,      "no contract in force",                   "нет действующего договора")            \
    X(QfSumNeedsUpdate,     "infobase needs an update",               "ИБ требует обновления")                \
    X(QfSumOverdue,         "overdue activities",                     "просроченные дела")                    \
    X(QfSumProspect,        "prospects",                              "потенциальные")                        \
    X(QfSumActive,          "active",                                 "действующие")                          \
    X(QfSumFormer,          "former",                                 "бывшие")
// clang-format on
