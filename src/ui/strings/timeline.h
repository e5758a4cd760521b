// Strings of: Main tab, right half: the timeline (timeline.cpp). Keys start with Tl.
// Rows as in ui/i18n_table.h: X(key, english, russian); labels carry a "###id" suffix.
// No include guard: an X-macro list, included by ui/i18n_table.h only.

// clang-format off
#define CARD_STRINGS_TIMELINE(X)                                                                                       \
    /* ---- Timeline: filters */                                                                                       \
    X(TlFind,                  "Find###tl_search",                         "Найти###tl_search")                        \
    X(TlFindHint,              "subject, text, result, contact",           "тема, текст, итог, контакт")               \
    X(TlTypes,                 "Types###tl_types",                         "Типы###tl_types")                          \
    X(TlAllTypes,              "All types",                                "Все типы")                                 \
    X(TlTypesCountFmt,         "%d types",                                 "Типов: %d")                                \
    X(TlTypesAll,              "Select all###tl_types_all",                "Выбрать все###tl_types_all")               \
    X(TlTypeCall,              "Calls###tl_t_call",                        "Звонки###tl_t_call")                       \
    X(TlTypeMeeting,           "Meetings###tl_t_meeting",                  "Встречи###tl_t_meeting")                   \
    X(TlTypeEmail,             "E-mails###tl_t_email",                     "Эл. письма###tl_t_email")                  \
    X(TlTypeLetter,            "Letters###tl_t_letter",                    "Письма###tl_t_letter")                     \
    X(TlTypeTask,              "Tasks###tl_t_task",                        "Задачи###tl_t_task")                       \
    X(TlTypeNote,              "Notes###tl_t_note",                        "Заметки###tl_t_note")                      \
    X(TlTypeDocument,          "Documents###tl_t_document",                "Документы###tl_t_document")                \
    X(TlStatusAll,             "All###tl_s_all",                           "Все###tl_s_all")                           \
    X(TlStatusPlanned,         "Planned###tl_s_planned",                   "Запланированные###tl_s_planned")           \
    X(TlStatusDone,            "Done###tl_s_done",                         "Выполненные###tl_s_done")                  \
    X(TlStatusCancelled,       "Cancelled###tl_s_cancelled",               "Отменённые###tl_s_cancelled")              \
    X(TlStatusOverdue,         "Overdue###tl_s_overdue",                   "Просроченные###tl_s_overdue")              \
    X(TlStatusOverdueCountFmt, "Overdue (%d)###tl_s_overdue",              "Просроченные (%d)###tl_s_overdue")         \
    X(TlCountFmt,              "%d of %d",                                 "%d из %d")                                 \
    X(TlCountTooltip,          "Shown / all interactions of the client",   "Показано / всего взаимодействий с клиентом") \
    X(TlResetFilters,          "Reset filters###tl_reset",                 "Сбросить фильтры###tl_reset")              \
    /* ---- Timeline: empty states */                                                                                  \
    X(TlEmpty,                 "No interactions with this client yet.",    "С этим клиентом пока не было взаимодействий.") \
    X(TlEmptyHint,             "Log a call, schedule a meeting or add a note with the buttons above.", "Запишите звонок, запланируйте встречу или добавьте заметку кнопками выше.") \
    X(TlNoMatch,               "Nothing matches the filter.",              "Под условия фильтра ничего не подходит.")  \
    /* ---- Timeline: day headers */                                                                                   \
    X(TlToday,                 "Today",                                    "Сегодня")                                  \
    X(TlYesterday,             "Yesterday",                                "Вчера")                                    \
    X(TlTomorrow,              "Tomorrow",                                 "Завтра")                                   \
    X(TlNoDate,                "No date",                                  "Без даты")                                 \
    X(TlDayFmt,                "%d %s %d, %s",                             "%d %s %d, %s")                             \
    X(TlMonth1,                "January",                                  "января")                                   \
    X(TlMonth2,                "February",                                 "февраля")                                  \
    X(TlMonth3,                "March",                                    "марта")                                    \
    X(TlMonth4,                "April",                                    "апреля")                                   \
    X(TlMonth5,                "May",                                      "мая")                                      \
    X(TlMonth6,                "June",                                     "июня")                                     \
    X(TlMonth7,                "July",                                     "июля")                                     \
    X(TlMonth8,                "August",                                   "августа")                                  \
    X(TlMonth9,                "September",                                "сентября")                                 \
    X(TlMonth10,               "October",                                  "октября")                                  \
    X(TlMonth11,               "November",                                 "ноября")                                   \
    X(TlMonth12,               "December",                                 "декабря")                                  \
    X(TlWeekday0,              "Monday",                                   "понедельник")                              \
    X(TlWeekday1,              "Tuesday",                                  "вторник")                                  \
    X(TlWeekday2,              "Wednesday",                                "среда")                                    \
    X(TlWeekday3,              "Thursday",                                 "четверг")                                  \
    X(TlWeekday4,              "Friday",                                   "пятница")                                  \
    X(TlWeekday5,              "Saturday",                                 "суббота")                                  \
    X(TlWeekday6,              "Sunday",                                   "воскресенье")                              \
    /* ---- Timeline: rows */                                                                                          \
    X(TlNoSubject,             "(no subject)",                             "(без темы)")                               \
    X(TlKindCall,              "Call",                                     "Звонок")                                   \
    X(TlKindMeeting,           "Meeting",                                  "Встреча")                                  \
    X(TlKindEmail,             "E-mail",                                   "Эл. письмо")                               \
    X(TlKindLetter,            "Letter",                                   "Письмо")                                   \
    X(TlKindTask,              "Task",                                     "Задача")                                   \
    X(TlKindNote,              "Note",                                     "Заметка")                                  \
    X(TlKindDocument,          "Document",                                 "Документ")                                 \
    X(TlIncoming,              "incoming",                                 "вход.")                                    \
    X(TlOutgoing,              "outgoing",                                 "исх.")                                     \
    X(TlBadgePlanned,          "planned",                                  "запланировано")                            \
    X(TlBadgeDone,             "done",                                     "выполнено")                                \
    X(TlBadgeCancelled,        "cancelled",                                "отменено")                                 \
    X(TlBadgeOverdue,          "overdue",                                  "просрочено")                               \
    X(TlContactFmt,            "contact: %s",                              "контакт: %s")                              \
    X(TlOwnerFmt,              "owner: %s",                                "отв.: %s")                                 \
    X(TlResultFmt,             "result: %s",                               "итог: %s")                                 \
    X(TlMinutesFmt,            "%d min",                                   "%d мин")                                   \
    X(TlHoursFmt,              "%d h",                                     "%d ч")                                     \
    X(TlHoursMinutesFmt,       "%d h %d min",                              "%d ч %d мин")                              \
    X(TlAttachmentsFmt,        "Attachments: %d",                          "Вложения: %d")                             \
    X(TlRowHint,               "Click to open, right-click for actions.",  "Щелчок — открыть, правый щелчок — действия.") \
    /* ---- Timeline: context menu */                                                                                  \
    X(TlMenuOpen,              "Open###tl_open",                           "Открыть###tl_open")                        \
    X(TlMenuDone,              "Mark done###tl_mark_done",                 "Отметить выполненным###tl_mark_done")      \
    X(TlMenuCancel,            "Cancel activity###tl_mark_cancel",                "Отменить дело###tl_mark_cancel")                \
    X(TlMenuReplan,            "Back to planned###tl_mark_planned",        "Вернуть в план###tl_mark_planned")
// clang-format on
