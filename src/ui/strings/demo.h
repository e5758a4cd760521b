// Strings of loading the demo data (menu and start screen).
// Rows as in ui/i18n_table.h: X(key, english, russian); labels carry a "###id" suffix.
// No include guard: an X-macro list, included by ui/i18n_table.h only.

// clang-format off
#define CARD_STRINGS_DEMO(X) \
    X(DemoMenuItem,       "Load demo data…###demo_menu",            "Загрузить демо-данные…###demo_menu") \
    X(DemoStartHint,      "Or look around first with demo data: 30+ companies with contacts, a year of history, deals and contracts.",\
                          "Или сначала осмотритесь на демо-данных: более 30 компаний с контактами, год истории, интересы и договоры.") \
    X(DemoStartButton,    "Load demo data###demo_start",            "Загрузить демо-данные###demo_start") \
    X(DemoTip,            "Opens the demo data in the import dialog: see what it adds, then Apply (Merge keeps your own records).",\
                          "Открывает демо-данные в окне импорта: видно, что добавится, затем «Применить» (при объединении ваши записи сохранятся).") \
    X(DemoReadOnlyTip,    "Not available: this tab is read-only, Client Card is open for editing in another tab.",\
                          "Недоступно: эта вкладка только для просмотра, Client Card открыт для изменения в другой вкладке.") \
    X(DemoFileName,       "demo data (demo.json)",                  "демо-данные (demo.json)") \
    X(DemoMissing,        "Demo data could not be loaded: %s is missing. Nothing was changed.",\
                          "Не удалось загрузить демо-данные: нет файла %s. Ничего не изменено.") \
    X(DemoUnreadable,     "Demo data could not be loaded: %s could not be read. Nothing was changed.",\
                          "Не удалось загрузить демо-данные: файл %s не читается. Ничего не изменено.") \
    X(DemoEmpty,          "Demo data could not be loaded: %s is empty. Nothing was changed.",\
                          "Не удалось загрузить демо-данные: файл %s пуст. Ничего не изменено.")
// clang-format on
