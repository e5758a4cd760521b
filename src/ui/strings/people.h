// Strings of: Responsible employees, the employee directory, the current user.
// Rows as in ui/i18n_table.h: X(key, english, russian); labels carry a "###id" suffix.
// No include guard: an X-macro list, included by ui/i18n_table.h only.

// clang-format off
#define CARD_STRINGS_PEOPLE(X)                                                                                 \
    /* ---- Responsible employees (Main tab) */                                                             \
    X(RespSection,          "Responsible employees",                  "Ответственные сотрудники")             \
    X(RespNone,             "No responsible employees yet.",          "Ответственные сотрудники не назначены.") \
    X(RespYou,              "(you)",                                  "(вы)")                                 \
    X(RespNotInDirectory,   "not in directory",                       "нет в справочнике")                    \
    X(RespNoPhone,          "no phone",                               "телефон не указан")                    \
    X(RespRole,             "Role###resp_role",                       "Роль###resp_role")                     \
    X(RespRoleSalesManager, "Sales manager",                          "Менеджер по продажам")                 \
    X(RespRoleServiceEngineer, "Service engineer",                    "Инженер сопровождения")                \
    X(RespRoleAccountManager, "Account manager",                      "Менеджер по работе с клиентом")        \
    X(RespRoleOther,        "Other",                                  "Другое")                               \
    X(RespRemoveTip,        "Remove from the responsibles",           "Убрать из ответственных")              \
    X(RespRemoved,          "Removed from the responsibles: %s (%s).", "Убран из ответственных: %s (%s).")    \
    X(RespUndo,             "Undo###resp_undo",                       "Вернуть###resp_undo")                  \
    X(RespAdd,              "Add responsible###resp_add",             "Добавить ответственного###resp_add")   \
    X(RespFilter,           "Filter###resp_filter",                   "Отбор###resp_filter")                  \
    X(RespFilterHint,       "name, position, department",             "ФИО, должность, отдел")                \
    X(RespPickHint,         "Choose the role, then click the employee:", "Выберите роль, затем сотрудника:")  \
    X(RespPickNoMatch,      "No employee matches the filter.",        "Ни один сотрудник не подходит под отбор.") \
    X(RespAlready,          "already in this role",                   "уже в этой роли")                      \
    X(RespDirectoryEmpty,                                                                                     \
      "The employee directory is empty: add your colleagues there first.",                                   \
      "Справочник сотрудников пуст: сначала добавьте в него коллег.")                                        \
    X(RespOpenDirectory,    "Open employee directory###resp_open_directory",                                  \
                            "Открыть справочник сотрудников###resp_open_directory")                          \
    /* ---- Employee directory */                                                                           \
    X(EmpTitle,             "Employee directory###employee_directory_window",                                \
                            "Справочник сотрудников###employee_directory_window")                            \
    X(EmpSearch,            "Search employees###emp_search",          "Поиск сотрудника###emp_search")        \
    X(EmpSearchHint,        "name, position, department, phone, e-mail", "ФИО, должность, отдел, телефон, почта") \
    X(EmpAdd,               "Add employee###emp_add",                 "Добавить сотрудника###emp_add")        \
    X(EmpCount,             "Employees: %zu",                         "Сотрудников: %zu")                     \
    X(EmpCountShown,        "Employees: %zu, shown: %zu",             "Сотрудников: %zu, показано: %zu")      \
    X(EmpColName,           "Full name",                              "ФИО")                                  \
    X(EmpColPosition,       "Position",                               "Должность")                            \
    X(EmpColDepartment,     "Department",                             "Отдел")                                \
    X(EmpColPhone,          "Phone",                                  "Телефон")                              \
    X(EmpColEmail,          "E-mail",                                 "Эл. почта")                            \
    X(EmpNone,                                                                                                \
      "No employees yet. Add your colleagues: they become the responsibles of clients and the owners of activities.", \
      "Сотрудников пока нет. Добавьте коллег: они станут ответственными по клиентам и исполнителями действий.") \
    X(EmpNoMatch,           "No employee matches the search.",        "Ни один сотрудник не подходит под условие поиска.") \
    X(EmpSelectHint,        "Select an employee in the list to see and change their details.",                \
                            "Выберите сотрудника в списке, чтобы посмотреть и изменить его данные.")         \
    X(EmpNewTitle,          "New employee",                           "Новый сотрудник")                      \
    X(EmpName,              "Full name###emp_name",                   "ФИО###emp_name")                       \
    X(EmpPosition,          "Position###emp_position",                "Должность###emp_position")             \
    X(EmpDepartment,        "Department###emp_department",            "Отдел###emp_department")               \
    X(EmpPhone,             "Phone, extension###emp_phone",           "Телефон, добавочный###emp_phone")      \
    X(EmpPhoneHint,         "+7 495 123-45-67 ext. 101",              "+7 495 123-45-67 доб. 101")            \
    X(EmpEmail,             "E-mail###emp_email",                     "Адрес эл. почты###emp_email")          \
    X(EmpNameRequired,      "A name is required: the previous one is kept until you type a new one.",        \
                            "ФИО обязательно: пока не введено новое, сохраняется прежнее.")                  \
    X(EmpDraftNameRequired, "Type the employee's full name: an employee without a name is not saved.",       \
                            "Введите ФИО: сотрудник без ФИО не сохраняется.")                                \
    X(EmpSave,              "Save###emp_save",                        "Сохранить###emp_save")                 \
    X(EmpCancel,            "Cancel###emp_cancel",                    "Отмена###emp_cancel")                  \
    X(EmpRemove,            "Remove employee###emp_remove",           "Удалить сотрудника###emp_remove")      \
    X(EmpRemoveQuestion,    "Remove %s from the directory?",          "Удалить сотрудника %s из справочника?") \
    X(EmpRemoveConfirm,     "Yes, remove###emp_remove_confirm",       "Да, удалить###emp_remove_confirm")     \
    X(EmpRemoveKeep,        "Keep###emp_remove_keep",                 "Не удалять###emp_remove_keep")         \
    X(EmpInUse,             "%s cannot be removed while still referenced:",                                  \
                            "Сотрудника %s нельзя удалить, пока на него есть ссылки:")                       \
    X(EmpUsedClients,       "responsible for clients: %zu",           "ответственный по клиентам: %zu")       \
    X(EmpUsedInteractions,  "owner of interactions (calls, meetings, tasks…): %zu",                          \
                            "исполнитель взаимодействий (звонков, встреч, задач…): %zu")                     \
    X(EmpUsedInterests,     "responsible for interests (deals): %zu", "ответственный по интересам (сделкам): %zu") \
    X(EmpInUseHint,         "Assign them to someone else first, then remove the employee.",                  \
                            "Сначала передайте их другому сотруднику, затем удалите этого.")                 \
    X(EmpThisIsMe,          "This is me###emp_this_is_me",            "Это я###emp_this_is_me")               \
    X(EmpThisIsYou,         "This is you: new activities are yours by default.",                             \
                            "Это вы: новые действия по умолчанию записываются на вас.")                      \
    X(EmpWhoAreYou,                                                                                           \
      "Who are you? Select yourself in the list and press “This is me”: new activities will be yours by default.", \
      "Кто вы? Выберите себя в списке и нажмите «Это я»: новые действия будут по умолчанию записываться на вас.") \
    X(EmpReadOnly,          "Read-only: the directory cannot be changed in this tab.",                       \
                            "Только просмотр: в этой вкладке справочник изменить нельзя.")                   \
    X(EmpClose,             "Close###emp_close",                      "Закрыть###emp_close")                  \
    /* ---- Current user (menu Employees) */                                                                \
    X(EmpIAm,               "I am###current_user",                    "Текущий пользователь (я)###current_user") \
    X(EmpNobody,            "Nobody###cu_nobody",                     "Не выбран###cu_nobody")                \
    /* ---- Card header: short role names */                                                                \
    X(RespShortSales,       "Sales",                                  "Продажи")                              \
    X(RespShortService,     "Service",                                "Сервис")                               \
    X(RespShortAccount,     "Account",                                "Аккаунт")                              \
    X(RespShortOther,       "Also",                                   "Также")
// clang-format on
