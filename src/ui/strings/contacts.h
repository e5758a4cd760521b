// Strings of: Contact persons on the Main tab; tel:/mailto: links; "same as legal".
// Rows as in ui/i18n_table.h: X(key, english, russian); labels carry a "###id" suffix.
// No include guard: an X-macro list, included by ui/i18n_table.h only.

// clang-format off
#define CARD_STRINGS_CONTACTS(X)                                                                               \
    X(ContactAdd,            "Add contact###contact_add",             "Добавить контакт###contact_add")       \
    X(ContactNewTitle,       "New contact person",                    "Новое контактное лицо")                \
    X(ContactEditTip,        "Edit",                                  "Изменить")                             \
    X(ContactRemoveTip,      "Remove",                                "Удалить")                              \
    X(ContactPrimaryTip,     "Primary contact",                       "Основное контактное лицо")             \
    X(ContactMakePrimaryTip, "Make primary",                          "Сделать основным")                     \
    X(ContactNoName,         "(no name)",                             "(без имени)")                          \
    X(ContactName,           "Full name###contact_name",              "ФИО###contact_name")                   \
    X(ContactPosition,       "Position###contact_position",           "Должность###contact_position")         \
    X(ContactRole,           "Role###contact_role",                   "Роль###contact_role")                  \
    X(ContactRoleHint,       "e.g. decision maker",                   "например, ЛПР")                        \
    X(ContactRoleSuggestTip, "Common roles",                          "Частые роли")                          \
    X(ContactPhones,         "Phone numbers###contact_phones",        "Телефоны###contact_phones")            \
    X(ContactEmails,         "E-mail addresses###contact_emails",     "Эл. почта###contact_emails")           \
    X(ContactPrimary,        "Primary contact###contact_primary",     "Основное контактное лицо###contact_primary") \
    X(ContactNotes,          "Note###contact_notes",                  "Примечание###contact_notes")          \
    X(ContactSave,           "Save###contact_save",                   "Сохранить###contact_save")             \
    X(ContactCancel,         "Cancel###contact_cancel",               "Отмена###contact_cancel")              \
    X(ContactRemove,         "Remove contact###contact_remove",       "Удалить контакт###contact_remove")             \
    X(ContactRemoved,        "Contact “%s” removed.",                 "Контакт «%s» удалён.")                 \
    X(ContactUndo,           "Undo###contact_undo",                   "Вернуть###contact_undo")               \
    X(ContactUndoDismissTip, "Hide",                                  "Скрыть")                               \
    X(ContactRoleDecisionMaker,  "Decision maker",                    "ЛПР")                                  \
    X(ContactRoleDirector,       "Director",                          "Руководитель")                         \
    X(ContactRoleChiefAccountant, "Chief accountant",                 "Главный бухгалтер")                    \
    X(ContactRoleAccountant,     "Accountant",                        "Бухгалтер")                            \
    X(ContactRoleIt,             "IT specialist",                     "ИТ-специалист")                        \
    X(ContactRoleUser,           "User",                              "Пользователь")                         \
    X(ContactRoleProcurement,    "Procurement",                       "Закупки")                              \
    X(ContactRoleLawyer,         "Lawyer",                            "Юрист")                                \
    X(ReqSameAsLegal,        "Same as legal###same_as_legal",         "Совпадает с юридическим###same_as_legal")
// clang-format on
