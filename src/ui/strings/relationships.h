// Strings of the Relationships tab: links, their kinds as read from either side, the group view.
// Rows as in ui/i18n_table.h: X(key, english, russian); labels carry a "###id" suffix.
// No include guard: an X-macro list, included by ui/i18n_table.h only.

// clang-format off
#define CARD_STRINGS_RELATIONSHIPS(X) \
    /* ---- Relationships tab */                                                                              \
    X(RelationshipsComing,                                                                                    \
      "Editing relationships comes in the next version. This is what is recorded for the client now:",        \
      "Редактирование взаимосвязей появится в следующей версии. Сейчас по клиенту записано:")                 \
    X(RelationshipsNone,    "No relationships.",                      "Взаимосвязей нет.")                    \
    X(ColRelation,          "Relation",                               "Вид связи")                            \
    X(ColClient,            "Client",                                 "Клиент")                               \
    X(ColNote,              "Note",                                   "Примечание")                           \
    X(MissingClient,        "(missing client)",                       "(клиент не найден)")                   \
    X(RelParentOf,          "Parent company of",                      "Головная компания для")                \
    X(RelSubsidiaryOf,      "Subsidiary of",                          "Дочерняя компания")                    \
    X(RelSameGroup,         "Same group as",                          "В одной группе с")                     \
    X(RelPartner,           "Partner of",                             "Партнёр")                              \
    X(RelSupplierTo,        "Supplier to",                            "Поставщик для")                        \
    X(RelCustomerOf,        "Customer of",                            "Покупатель у")                         \
    X(RelCompetitor,        "Competitor of",                          "Конкурент")                            \
    X(RelAffiliated,        "Affiliated with",                        "Аффилирован с")
// clang-format on
