// Strings of the change history shown in the timeline (history.cpp).
// Rows as in ui/i18n_table.h: X(key, english, russian); labels carry a "###id" suffix.
// No include guard: an X-macro list, included by ui/i18n_table.h only.

// clang-format off
#define CARD_STRINGS_HISTORY(X) \
    X(CollHistory,          "Change history",                         "История изменений")
// clang-format on
