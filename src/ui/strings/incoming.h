// Strings of the incoming-call window and its toolbar button.
// Rows as in ui/i18n_table.h: X(key, english, russian); labels carry a "###id" suffix.
// No include guard: an X-macro list, included by ui/i18n_table.h only.

// clang-format off
#define CARD_STRINGS_INCOMING(X)
// clang-format on
