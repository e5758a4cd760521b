// Strings of keyboard shortcuts and their help overlay (shortcuts.cpp), and of the Edit and
// Help menus (menu_bar.cpp).
// Rows as in ui/i18n_table.h: X(key, english, russian); labels carry a "###id" suffix.
// No include guard: an X-macro list, included by ui/i18n_table.h only.

// clang-format off
#define CARD_STRINGS_SHORTCUTS(X) \
    X(ScSearch,           "Search the client list",                 "Поиск в списке клиентов") \
    X(ScNewClient,        "New client",                             "Новый клиент") \
    X(ScIncomingCall,     "Incoming call: who is calling?",         "Входящий звонок: кто звонит?") \
    X(ScNewActivity,      "New activity for the client (choose the kind)", "Новое взаимодействие с клиентом (выбор вида)") \
    X(ScNextClient,       "Next client in the list",                "Следующий клиент в списке") \
    X(ScPrevClient,       "Previous client in the list",            "Предыдущий клиент в списке") \
    X(ScTabMain,          "Main tab",                               "Вкладка «Основное»") \
    X(ScTabInterests,     "Interests tab",                          "Вкладка «Интересы»") \
    X(ScTabRelationships, "Relationships tab",                      "Вкладка «Взаимосвязи»") \
    X(ScTabContracts,     "Contracts and agreements tab",           "Вкладка «Договоры и соглашения»") \
    X(ScUndo,             "Undo the last edit",                     "Отменить последнее изменение") \
    X(ScRedo,             "Redo the edit undone",                   "Повторить отменённое изменение") \
    X(ScHelp,             "This list of shortcuts",                 "Этот список клавиш") \
    X(ScClosePopup,       "Close the open window or list (cancel)", "Закрыть открытое окно или список (отмена)") \
    X(ScNavTab,           "Next / previous field or button",        "Следующее / предыдущее поле или кнопка") \
    X(ScNavTabKeys,       "Tab, Shift+Tab",                         "Tab, Shift+Tab") \
    X(ScNavArrows,        "Move between items of a list, a menu or a form", "Перемещение по списку, меню или форме") \
    X(ScNavArrowsKeys,    "Arrow keys",                             "Стрелки") \
    X(ScNavEnter,         "Press the button, choose the item, edit the field, go into a list", "Нажать кнопку, выбрать пункт, изменить поле, войти в список") \
    X(ScNavEsc,           "Leave the field or list",                "Выйти из поля или списка") \
    X(ScNavEscKeys,       "Esc",                                    "Esc") \
    X(ScNavEnterKeys,     "Enter, Space",                           "Enter, пробел") \
    X(ScTitle,            "Keyboard shortcuts###shortcut_help",     "Клавиши###shortcut_help") \
    X(ScAnywhere,         "Work everywhere, also while typing in a field", "Действуют всегда, даже при вводе в поле") \
    X(ScOutsideText,      "Outside text fields (press Enter or Esc to leave a field first)", "Вне полей ввода (сначала выйдите из поля: Enter или Esc)") \
    X(ScNavigation,       "Moving around",                          "Перемещение") \
    X(ScColKeys,          "Keys",                                   "Клавиши") \
    X(ScColAction,        "Action",                                 "Действие") \
    X(ScBrowserNote,      "Ctrl+W, Ctrl+T, Ctrl+N and Ctrl+Tab stay with the browser.", "Ctrl+W, Ctrl+T, Ctrl+N и Ctrl+Tab остаются за браузером.") \
    X(ScClose,            "Close###shortcut_help_close",            "Закрыть###shortcut_help_close") \
    X(ScOr,               " or ",                                   " или ") \
    X(ScKeyDown,          "Down",                                   "Вниз") \
    X(ScKeyUp,            "Up",                                     "Вверх") \
    X(ScNothingToUndo,    "Nothing to undo.",                       "Отменять нечего.") \
    X(ScNothingToRedo,    "Nothing to redo.",                       "Повторять нечего.") \
    X(ScUndoReadOnly,     "Read-only: another tab is editing the data, so this one cannot undo or redo.", "Только чтение: данные редактируются в другой вкладке, здесь отменять и повторять нельзя.") \
    X(ScUndone,           "Undone: %s",                             "Отменено: %s") \
    X(ScRedone,           "Redone: %s",                             "Повторено: %s") \
    X(ScStepOf,           "%s \xE2\x80\x94 \xC2\xAB%s\xC2\xBB",     "%s \xE2\x80\x94 \xC2\xAB%s\xC2\xBB") \
    X(ScStepCard,         "Card fields",                            "Поля карточки") \
    X(ScStepChanges,      "%d changes",                             "изменений: %d") \
    X(ScNoClientSelected, "Select a client first.",                 "Сначала выберите клиента.") \
    X(ScNewActTitle,      "New activity###shortcut_new_activity",   "Новое взаимодействие###shortcut_new_activity") \
    X(ScNewActHint,       "Arrow keys and Enter, or the digit; Esc cancels.", "Стрелки и Enter или цифра; Esc — отмена.") \
    X(MenuEdit,           "Edit###menu_edit",                       "Правка###menu_edit") \
    X(MenuUndo,           "Undo###menu_undo",                       "Отменить###menu_undo") \
    X(MenuUndoWhat,       "Undo: %s###menu_undo",                   "Отменить: %s###menu_undo") \
    X(MenuRedo,           "Redo###menu_redo",                       "Повторить###menu_redo") \
    X(MenuRedoWhat,       "Redo: %s###menu_redo",                   "Повторить: %s###menu_redo") \
    X(MenuUndoReadOnly,   "Read-only: another tab is editing the data.", "Только чтение: данные редактируются в другой вкладке.") \
    X(MenuHelp,           "Help###menu_help",                       "Справка###menu_help") \
    X(MenuShortcuts,      "Keyboard shortcuts###menu_shortcuts",    "Клавиши###menu_shortcuts")
// clang-format on
