// Strings of the Relationships tab: links, their kinds as read from either side, the add /
// edit form with its refusals, the group of companies.
// Rows as in ui/i18n_table.h: X(key, english, russian); labels carry a "###id" suffix.
// No include guard: an X-macro list, included by ui/i18n_table.h only.
// RelParentOf..RelAffiliated are also used by RelationLabel (ui/widgets.cpp).

// clang-format off
#define CARD_STRINGS_RELATIONSHIPS(X) \
    /* ---- Relationships tab: the list */                                                                    \
    X(RelLinksTitle,        "Links to other companies",               "Связи с другими компаниями")           \
    X(RelationshipsNone,                                                                                      \
      "No links yet. Add the parent company, subsidiaries, partners, suppliers or customers of this "         \
      "company: each link is shown on both cards, and parent / subsidiary links build the group of companies.", \
      "Связей пока нет. Добавьте головную компанию, дочерние, партнёров, поставщиков или покупателей: "       \
      "связь видна в обеих карточках, а связи «головная / дочерняя» образуют группу компаний.")              \
    X(ColRelation,          "This company is",                        "Эта компания")                         \
    X(ColClient,            "Company",                                "Компания")                             \
    X(ColNote,              "Note",                                   "Примечание")                           \
    X(MissingClient,        "(missing client)",                       "(клиент не найден)")                   \
    X(RelInn,               "INN %s",                                 "ИНН %s")                               \
    X(RelOpenCard,          "Open card: %s",                          "Открыть карточку: %s")                 \
    X(RelEditTip,           "Edit the link with %s",                  "Изменить связь с %s")                  \
    X(RelRemoveTip,         "Remove the link with %s",                "Удалить связь с %s")                   \
    X(RelRemoved,           "Link removed: %s %s",                   "Связь удалена: %s %s")                \
    X(RelUndo,              "Undo###rel_undo",                        "Отменить###rel_undo")                  \
    X(RelUndoDismissTip,    "Hide (the removal stays)",               "Скрыть (связь останется удалённой)")   \
    X(RelAdd,               "Add link###rel_add",                     "Добавить связь###rel_add")             \
    X(RelReadOnlyHint,      "Read-only: links cannot be changed in this tab.",                                \
                            "Только просмотр: связи в этой вкладке не изменить.")                             \
    /* ---- the kinds as read from this card (RelationLabel and the kind chooser) */                          \
    X(RelParentOf,          "Parent company of",                      "Головная компания для")                \
    X(RelSubsidiaryOf,      "Subsidiary of",                          "Дочерняя компания")                    \
    X(RelSameGroup,         "Same group as",                          "В одной группе с")                     \
    X(RelPartner,           "Partner of",                             "Партнёр")                              \
    X(RelSupplierTo,        "Supplier to",                            "Поставщик для")                        \
    X(RelCustomerOf,        "Customer of",                            "Покупатель у")                         \
    X(RelCompetitor,        "Competitor of",                          "Конкурент")                            \
    X(RelAffiliated,        "Affiliated with",                        "Аффилирован с")                        \
    /* ---- the add / edit form */                                                                            \
    X(RelNewTitle,          "New link",                               "Новая связь")                          \
    X(RelEditTitle,         "Edit link",                              "Изменение связи")                      \
    X(RelFieldCompany,      "Company",                                "Компания")                             \
    X(RelFieldKind,         "This company is",                        "Эта компания")                         \
    X(RelFieldNote,         "Note",                                   "Примечание")                           \
    X(RelFindHint,          "Name or INN",                            "Наименование или ИНН")                 \
    X(RelFindNone,          "No company matches \"%s\".",             "Нет компаний по запросу «%s».")        \
    X(RelFindMore,          "%d more: type more of the name or the INN.",                                     \
                            "Ещё %d: уточните наименование или ИНН.")                                         \
    X(RelFindTypeHint,      "Type part of the name or the INN, then pick the company.",                       \
                            "Введите часть наименования или ИНН и выберите компанию.")                        \
    X(RelThisCompany,       "(this company)",                         "(эта компания)")                       \
    X(RelAlreadyLinked,     "already: %s",                            "уже: %s")                              \
    X(RelChangeCompany,     "Change###rel_change",                    "Другая###rel_change")                  \
    X(RelSave,              "Save###rel_save",                        "Сохранить###rel_save")                 \
    X(RelCancel,            "Cancel###rel_cancel",                    "Отмена###rel_cancel")                  \
    X(RelReads,             "On the card of %s it reads: %s %s",      "В карточке %s: %s %s")                 \
    X(RelErrPick,           "Choose the other company: type its name or INN above.",                          \
                            "Выберите вторую компанию: введите её наименование или ИНН.")                     \
    X(RelErrSelf,           "A company cannot be linked to itself.",  "Компанию нельзя связать с самой собой.") \
    X(RelErrMissing,        "That company is no longer in the base.", "Этой компании больше нет в базе.")     \
    X(RelErrDuplicate,      "This link already exists: %s %s",                                               \
                            "Такая связь уже есть: %s %s")                                                   \
    X(RelErrCycle,          "Refused: this would close a parent cycle %s (each one the parent company of the next). " \
                            "A company cannot be above itself.",                                              \
                            "Нельзя: получится замкнутая цепочка %s (каждая — головная компания для следующей). " \
                            "Компания не может быть выше самой себя.")                                        \
    /* ---- the group of companies */                                                                         \
    X(RelGroupTitle,        "Group of companies",                     "Группа компаний")                      \
    X(RelGroupOne,          "Group: %d company",                      "Группа: %d компания")                  \
    X(RelGroupFew,          "Group: %d companies",                    "Группа: %d компании")                  \
    X(RelGroupMany,         "Group: %d companies",                    "Группа: %d компаний")                  \
    X(RelGroupNone,         "Not in a group: no parent company, subsidiaries or same-group links.",           \
                            "Не входит в группу: нет головной компании, дочерних и связей «в одной группе».") \
    X(RelGroupHint,         "Parent / subsidiary and same-group links make the group; partners, suppliers and customers do not.", \
                            "Группу образуют связи «головная / дочерняя» и «в одной группе»; партнёры, поставщики и покупатели в неё не входят.") \
    X(RelGroupThis,         "this card",                              "эта карточка")                         \
    X(RelGroupRepeated,     "(also here; its subsidiaries are shown above)",                                  \
                            "(также здесь; её дочерние показаны выше)")                                       \
    X(RelGroupSameGroup,    "same group",                             "в одной группе")                       \
    X(RelGroupCycle,        "parent cycle in the data",               "цикл в данных")
// clang-format on
