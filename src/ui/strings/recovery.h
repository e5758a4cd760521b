// Issue 6 strings (see i18n_table.h for the rules): X(key, english, russian).
#define CARD_STRINGS_RECOVERY(X)
