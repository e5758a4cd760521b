// Issue 6: the backup reminder (backup_reminder.cpp) and the File menu's last-export line.
// Rows as in ui/i18n_table.h: X(key, english, russian); labels carry a "###id" suffix.
// No include guard: an X-macro list, included by ui/i18n_table.h only.

// clang-format off
#define CARD_STRINGS_BACKUP(X)                                                                                 \
    X(BackupDaysOne,   "%lld day",  "%lld день")                                                              \
    X(BackupDaysFew,   "%lld days", "%lld дня")                                                               \
    X(BackupDaysMany,  "%lld days", "%lld дней")                                                              \
    /* %s: the date of the last export, then "9 days" */                                                      \
    X(BackupReminderExported,                                                                                 \
      "Last export: %s, %s ago. Changes since then are kept only in this browser, which may clear its "       \
      "storage. Keep a copy: export the data.",                                                               \
      "Последний экспорт: %s, %s назад. Изменения после него хранятся только в этом браузере, а браузер "    \
      "может очистить своё хранилище. Сохраните копию: выгрузите данные.")                                    \
    /* %s: "9 days" */                                                                                        \
    X(BackupReminderNever,                                                                                    \
      "The data has never been exported, and it has been changing for %s. Browsers may clear a page's "      \
      "storage: keep a copy by exporting it.",                                                                \
      "Данные ещё ни разу не выгружались, а меняются уже %s. Браузер может очистить хранилище страницы: "     \
      "сохраните копию, выгрузив данные.")                                                                    \
    X(BackupExportNow,   "Export now###backup_export",          "Выгрузить сейчас###backup_export")           \
    X(BackupLater,       "Remind me tomorrow###backup_snooze",  "Напомнить завтра###backup_snooze")           \
    /* the File menu, under Export JSON */                                                                    \
    X(BackupLastExport,  "Last export: %s",                     "Последний экспорт: %s")                      \
    X(BackupNeverExported, "Never exported",                    "Ещё не выгружались")
// clang-format on
