// Strings of duplicate warnings and the merge dialog (duplicates.cpp).
// Rows as in ui/i18n_table.h: X(key, english, russian); labels carry a "###id" suffix.
// No include guard: an X-macro list, included by ui/i18n_table.h only.

// clang-format off
#define CARD_STRINGS_DUPLICATES(X)
// clang-format on
