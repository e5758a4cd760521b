// Issue 6 strings (see i18n_table.h for the rules): X(key, english, russian).
// Storage full (quota) and taking over from a tab that was closed (ui/storage_status.cpp,
// the status bar).
// clang-format off
#define CARD_STRINGS_STORAGE_STATUS(X) \
    X(StorageFullBanner, \
      "The browser's storage for this page is full: your latest changes could not be saved. They are kept in this tab only " \
      "until saving works again, so do not close it, and export a copy now. Saving is retried by itself; free some space " \
      "(other sites' data in the browser settings) and press Try again.", \
      "Хранилище браузера для этой страницы заполнено: последние изменения не удалось сохранить. Пока сохранение не " \
      "заработает, они есть только в этой вкладке — не закрывайте её и сейчас же экспортируйте копию. Сохранение " \
      "повторяется само; освободите место (данные других сайтов в настройках браузера) и нажмите «Повторить».") \
    X(StorageFullExport,    "Export a copy###sf_export",              "Экспортировать копию###sf_export")     \
    X(StorageFullRetry,     "Try again###sf_retry",                   "Повторить###sf_retry")                 \
    X(StorageFullRetrying,  "Trying…###sf_retry",                     "Повторяем…###sf_retry")                \
    X(StorageFullStatus,    "storage full: changes kept in this tab only", "хранилище заполнено: изменения только в этой вкладке") \
    X(TakeOverBanner, \
      "The other tab with Client Card was closed. You can edit here now: what it saved is loaded first.", \
      "Вкладка, в которой была открыта «Карточка клиента», закрыта. Теперь можно редактировать здесь: сначала " \
      "загрузится то, что она сохранила.") \
    X(TakeOverButton,       "Edit here###take_over",                  "Редактировать здесь###take_over")      \
    X(TakeOverLoading,      "Loading what the other tab saved…",      "Загружается то, что сохранила другая вкладка…") \
    X(TakeOverFailed, \
      "Could not load what the other tab saved (%s). This tab stays read-only: try again, or reload the page.", \
      "Не удалось загрузить то, что сохранила другая вкладка (%s). Эта вкладка остаётся только для просмотра: " \
      "попробуйте ещё раз или перезагрузите страницу.") \
    X(LoadingRest,          "Reading the saved data: %d%%",           "Загрузка сохранённых данных: %d%%")    \
    X(LoadingRestHint, \
      "Contact persons, interactions, interests, contracts and links are being read. The client list and the " \
      "search work already; the card opens as soon as everything is in.", \
      "Читаются контактные лица, взаимодействия, интересы, договоры и связи. Список клиентов и поиск уже " \
      "работают; карточка откроется, как только всё будет загружено.") \
    X(LoadingSearchHint, \
      "Contact persons are still being read: their names and phones are searched once they are in.", \
      "Контактные лица ещё загружаются: их имена и телефоны будут найдены, когда загрузка закончится.") \
    X(LoadingTip,           "Available once the saved data is read.", "Станет доступно, когда данные загрузятся.") \
    X(LoadingStatus,        "loading %d%%",                           "загрузка %d%%")                        \
    X(ImportRefusedLoading, "import refused: the saved data is still being read", \
                            "импорт отклонён: сохранённые данные ещё загружаются")
// clang-format on
