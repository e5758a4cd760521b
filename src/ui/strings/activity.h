// Strings of: new activities, the activity editor, attachments.
// Rows as in ui/i18n_table.h: X(key, english, russian); labels carry a "###id" suffix.
// No include guard: an X-macro list, included by ui/i18n_table.h only.

// clang-format off
#define CARD_STRINGS_ACTIVITY(X)                                                                              \
    /* ---- New activity buttons */                                                                        \
    X(ActNewLabel,          "New:",                                   "Создать:")                             \
    X(ActNewCall,           "Call###act_new_call",                    "Звонок###act_new_call")                \
    X(ActNewIncoming,       "Incoming call###act_new_incoming",       "Входящий звонок###act_new_incoming")   \
    X(ActNewMeeting,        "Meeting###act_new_meeting",              "Встреча###act_new_meeting")            \
    X(ActNewEmail,          "E-mail###act_new_email",                 "Письмо###act_new_email")               \
    X(ActNewTask,           "Task###act_new_task",                    "Задача###act_new_task")                \
    X(ActNewNote,           "Note###act_new_note",                    "Заметка###act_new_note")               \
    X(ActNewCallTip,        "Schedule a call",                        "Запланировать звонок")                 \
    X(ActNewIncomingTip,    "Log an incoming call: done, now",        "Записать входящий звонок: состоялся сейчас") \
    X(ActNewMeetingTip,     "Schedule a meeting",                     "Назначить встречу")                    \
    X(ActNewEmailTip,       "Send an e-mail: it is recorded here and opens in your mail program",               \
      "Написать письмо: оно записывается здесь и открывается в почтовой программе")                          \
    X(ActNewTaskTip,        "Add a task",                             "Добавить задачу")                      \
    X(ActNewNoteTip,        "Add a note",                             "Добавить заметку")                     \
    /* ---- Editor titles */                                                                               \
    X(ActTitleCall,         "Schedule a call",                        "Запланировать звонок")                 \
    X(ActTitleIncoming,     "Incoming call",                          "Входящий звонок")                      \
    X(ActTitleMeeting,      "Schedule a meeting",                     "Назначить встречу")                    \
    X(ActTitleEmail,        "Send an e-mail",                         "Написать письмо")                      \
    X(ActTitleTask,         "New task",                               "Новая задача")                         \
    X(ActTitleNote,         "New note",                               "Новая заметка")                        \
    /* ---- Values */                                                                                      \
    X(ActTypeCall,          "Call",                                   "Звонок")                               \
    X(ActTypeMeeting,       "Meeting",                                "Встреча")                              \
    X(ActTypeEmail,         "E-mail",                                 "Эл. письмо")                           \
    X(ActTypeLetter,        "Letter",                                 "Письмо")                               \
    X(ActTypeTask,          "Task",                                   "Задача")                               \
    X(ActTypeNote,          "Note",                                   "Заметка")                              \
    X(ActTypeDocument,      "Document",                               "Документ")                             \
    X(ActDirIn,             "Incoming",                               "Входящее")                             \
    X(ActDirOut,            "Outgoing",                               "Исходящее")                            \
    X(ActStatusPlanned,     "Planned",                                "Запланировано")                        \
    X(ActStatusDone,        "Done",                                   "Выполнено")                            \
    X(ActStatusCancelled,   "Cancelled",                              "Отменено")                             \
    X(ActNone,              "(none)",                                 "(не указано)")                         \
    X(ActNotFound,          "(not found)",                            "(не найдено)")                         \
    /* ---- Editor fields */                                                                               \
    X(ActFieldType,         "Type###act_type",                        "Вид###act_type")                       \
    X(ActFieldDirection,    "Direction###act_direction",              "Направление###act_direction")          \
    X(ActFieldWhen,         "Date and time###act_when",               "Дата и время###act_when")              \
    X(ActWhenHint,          "2026-11-27 14:30",                       "27.11.2026 14:30")                     \
    X(ActWhenEmpty,         "Enter the date and time.",               "Укажите дату и время.")                \
    X(ActWhenFormat,        "Type the date and time as YYYY-MM-DD HH:MM, e.g. 2026-11-27 14:30.",               \
      "Введите дату и время в виде ДД.ММ.ГГГГ ЧЧ:ММ, например 27.11.2026 14:30.")                             \
    X(ActWhenNoDay,         "There is no such day in the calendar.",  "Такого дня в календаре нет.")          \
    X(ActWhenNoTime,        "Hours go from 00 to 23, minutes from 00 to 59.",                                   \
      "Часы — от 00 до 23, минуты — от 00 до 59.")                                                          \
    X(ActPlusHour,          "+1 hour###act_plus_hour",                "+1 час###act_plus_hour")               \
    X(ActPlusDay,           "+1 day###act_plus_day",                  "+1 день###act_plus_day")               \
    X(ActTomorrow10,        "Tomorrow 10:00###act_tomorrow",          "Завтра 10:00###act_tomorrow")          \
    X(ActNowButton,         "Now###act_now",                          "Сейчас###act_now")                     \
    X(ActFieldStatus,       "Status###act_status",                    "Статус###act_status")                  \
    X(ActFieldContact,      "Contact###act_contact",                  "Контактное лицо###act_contact")        \
    X(ActFieldOwner,        "Owner###act_owner",                      "Ответственный###act_owner")            \
    X(ActFieldInterest,     "Interest###act_interest",                "Интерес###act_interest")               \
    X(ActFieldSubject,      "Subject###act_subject",                  "Тема###act_subject")                   \
    X(ActFieldText,         "Text###act_text",                        "Текст###act_text")                     \
    X(ActFieldDuration,     "Duration, min###act_duration",           "Длительность, мин###act_duration")     \
    X(ActFieldResult,       "Result###act_result",                    "Результат###act_result")               \
    X(ActMailTo,            "The e-mail goes to %s",                  "Получатель письма: %s")                \
    X(ActNoEmail,           "Neither the contact nor the client has an e-mail address: the message opens without a recipient.", \
      "Ни у контактного лица, ни у клиента нет адреса эл. почты: письмо откроется без получателя.")          \
    X(ActMailNoFiles,       "The mail program gets the subject and the text only: attach the files there too.",   \
      "В почтовую программу передаются только тема и текст: файлы приложите к письму и там.")                \
    X(ActNoContract,        "No contract in force: check before serving",                                       \
      "Нет действующего договора: проверьте перед обслуживанием")                                            \
    X(ActReadOnly,          "View only: this tab cannot make changes.",                                          \
      "Только просмотр: в этой вкладке изменения недоступны.")                                               \
    X(ActMarkDoneHint,      "Enter the duration and the result, then Save.",                                    \
      "Укажите длительность и результат, затем нажмите «Сохранить».")                                        \
    X(ActRescheduleHint,    "Type the new date and time (or use the buttons next to it), then Save.",           \
      "Введите новые дату и время (или нажмите кнопку рядом), затем нажмите «Сохранить».")                   \
    /* ---- Editor buttons */                                                                              \
    X(ActMarkDone,          "Mark done###act_mark_done",              "Выполнено###act_mark_done")            \
    X(ActReschedule,        "Reschedule###act_reschedule",            "Перенести###act_reschedule")           \
    X(ActCancelActivity,    "Cancel activity###act_cancel_activity",  "Отменить дело###act_cancel_activity")  \
    X(ActSave,              "Save###act_save",                        "Сохранить###act_save")                 \
    X(ActSaveAndMail,       "Save and write the e-mail###act_save_mail", "Сохранить и написать###act_save_mail") \
    X(ActDiscard,           "Cancel###act_discard",                   "Отмена###act_discard")                 \
    X(ActClose,             "Close###act_close",                      "Закрыть###act_close")                  \
    /* ---- Attachments */                                                                                 \
    X(AttSection,           "Files",                                  "Файлы")                                \
    X(AttLimits,            "up to %s per file, %s in all",           "до %s на файл, всего до %s")           \
    X(AttNone,              "No files attached.",                     "Файлов нет.")                          \
    X(AttAttach,            "Attach file…###att_attach",              "Прикрепить файл…###att_attach")        \
    X(AttOpen,              "Open###att_open",                        "Открыть###att_open")                   \
    X(AttDownload,          "Download###att_download",                "Скачать###att_download")               \
    X(AttRemove,            "Remove###att_remove",                    "Удалить###att_remove")                 \
    X(AttAnyType,           "file",                                   "файл")                                 \
    X(AttTooLarge,          "“%s” is %s: files up to %s can be attached.",                                      \
      "Файл «%s» весит %s: прикрепить можно файлы до %s.")                                                    \
    X(AttTotalTooLarge,     "“%s” (%s) does not fit: the files of one activity take up to %s in all, %s are attached already.", \
      "Файл «%s» (%s) не помещается: у одного дела файлы занимают до %s, уже прикреплено %s.")               \
    X(AttBroken,            "The file's data is damaged: it cannot be opened.",                                 \
      "Данные файла повреждены: открыть его нельзя.")                                                        \
    X(AttUnitB,             "%s B",                                   "%s Б")                                 \
    X(AttUnitKB,            "%s KB",                                  "%s КБ")                                \
    X(AttUnitMB,            "%s MB",                                  "%s МБ")                                \
    X(AttUnitGB,            "%s GB",                                  "%s ГБ")
// clang-format on
