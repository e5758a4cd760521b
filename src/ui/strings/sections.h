// Strings of: Main tab: segmentation, current contract, software products and infobases.
// Rows as in ui/i18n_table.h: X(key, english, russian); labels carry a "###id" suffix.
// No include guard: an X-macro list, included by ui/i18n_table.h only.

// clang-format off
#define CARD_STRINGS_SECTIONS(X)                                                                                 \
    /* ---- Segmentation */                                                                                   \
    X(SegSection,           "Segmentation",                           "Сегментация")                          \
    X(SegSegment,           "Segment###seg_segment",                  "Сегмент###seg_segment")                \
    X(SegIndustry,          "Industry###seg_industry",                "Отрасль###seg_industry")               \
    X(SegSize,              "Size###seg_size",                        "Размер###seg_size")                    \
    X(SegSource,            "Source###seg_source",                    "Источник###seg_source")                \
    X(SegStatus,            "Status###seg_status",                    "Статус###seg_status")                  \
    X(SegTagInput,          "Add a tag###seg_tag_input",              "Добавить метку###seg_tag_input")       \
    X(SegChooseHint,        "type or pick a used value",              "введите или выберите")                 \
    X(SegTagHint,           "type, then Enter",                       "введите и нажмите Enter")              \
    X(SegTagsLabel,         "Tags:",                                  "Метки:")                               \
    X(SegNoTags,            "none",                                   "нет")                                  \
    X(SegRemoveTag,         "Remove tag «%s»###seg_tag_rm",           "Убрать метку «%s»###seg_tag_rm")       \
    X(SegUsedBy,            "clients using this value",               "клиентов с этим значением")            \
    /* ---- Current contract */                                                                               \
    X(CurSection,           "Current contract",                       "Действующий договор")                  \
    X(CurNoneBanner,        "No contract in force",                   "Нет действующего договора")            \
    X(CurBannerExpiresOne,  "%s № %s expires in %d day",              "%s № %s истекает через %d день")       \
    X(CurBannerExpiresFew,  "%s № %s expires in %d days",             "%s № %s истекает через %d дня")        \
    X(CurBannerExpiresMany, "%s № %s expires in %d days",             "%s № %s истекает через %d дней")       \
    X(CurBannerExpiresToday, "%s № %s expires today",                 "%s № %s истекает сегодня")             \
    X(CurBannerOpen,        "Open###cur_banner_open",                 "Открыть###cur_banner_open")            \
    X(CurExpiresOne,        "expires in %d day",                      "истекает через %d день")               \
    X(CurExpiresFew,        "expires in %d days",                     "истекает через %d дня")                \
    X(CurExpiresMany,       "expires in %d days",                     "истекает через %d дней")               \
    X(CurExpiresToday,      "expires today",                          "истекает сегодня")                     \
    X(CurOpen,              "Open contract###cur_open",               "Открыть договор###cur_open")           \
    X(CurOpenLast,          "Open###cur_open_last",                   "Открыть###cur_open_last")              \
    X(CurValidFromTo,       "Valid from %s to %s",                    "Действует с %s по %s")                 \
    X(CurValidFromOpen,     "Valid from %s, open-ended",              "Действует с %s, бессрочно")            \
    X(CurValidTo,           "Valid until %s",                         "Действует по %s")                      \
    X(CurValidOpen,         "Open-ended",                             "Бессрочно")                            \
    X(CurSigned,            "signed on %s",                           "подписан %s")                          \
    X(CurAmount,            "Amount: %s",                             "Сумма: %s")                            \
    X(CurTerms,             "Terms:",                                 "Условия:")                             \
    X(CurTermsMore,         "Show all###cur_terms_more",              "Показать полностью###cur_terms_more")  \
    X(CurTermsLess,         "Show less###cur_terms_more",             "Свернуть###cur_terms_more")            \
    X(CurNoContracts,       "The client has no contracts yet.",       "Договоров с клиентом пока нет.")       \
    X(CurLastDraft,         "Draft № %s is awaiting signature.",      "Черновик № %s ожидает подписания.")    \
    X(CurLastSuspended,     "№ %s is suspended.",                     "№ %s приостановлен.")                  \
    X(CurLastClosed,        "№ %s is closed.",                        "№ %s закрыт.")                         \
    X(CurLastExpired,       "№ %s expired on %s.",                    "Срок действия № %s истёк %s.")         \
    X(CurLastNotYet,        "№ %s takes effect on %s.",               "№ %s вступает в силу %s.")             \
    /* ---- Software products and infobases */                                                                \
    X(ProdSection,          "Software products and infobases",        "Программные продукты и информационные базы") \
    X(ProdProducts,         "Software products",                      "Программные продукты")                 \
    X(ProdInfobases,        "Infobases",                              "Информационные базы")                  \
    X(ProdNeedUpdateOne,    "%d infobase needs an update",            "%d информационная база требует обновления") \
    X(ProdNeedUpdateFew,    "%d infobases need an update",            "%d информационные базы требуют обновления") \
    X(ProdNeedUpdateMany,   "%d infobases need an update",            "%d информационных баз требуют обновления") \
    X(ProdColName,          "Name",                                   "Наименование")                         \
    X(ProdColVersion,       "Version",                                "Версия")                               \
    X(ProdColLicenses,      "Licences",                               "Лицензий")                             \
    X(ProdColNotes,         "Notes",                                  "Комментарий")                          \
    X(ProdColInfobase,      "Infobase",                               "База")                                 \
    X(ProdColUpdated,       "Updated",                                "Обновлена")                            \
    X(ProdNeedsUpdate,      "update needed",                          "нужно обновить")                       \
    X(ProdNoProducts,       "No products.",                           "Продуктов нет.")                       \
    X(ProdNoInfobases,      "No infobases.",                          "Информационных баз нет.")              \
    X(ProdAddProduct,       "Add product###prod_add",                 "Добавить продукт###prod_add")          \
    X(ProdAddInfobase,      "Add infobase###ib_add",                  "Добавить базу###ib_add")               \
    X(ProdEdit,             "Edit###prod_edit",                       "Изменить###prod_edit")                 \
    X(ProdRemove,           "Remove###prod_remove",                   "Удалить###prod_remove")                \
    X(ProdMarkUpdated,      "Mark updated today###ib_updated",        "Отметить обновлённой сегодня###ib_updated") \
    X(ProdNewProduct,       "New product",                            "Новый продукт")                        \
    X(ProdEditProduct,      "Edit product",                           "Изменение продукта")                   \
    X(ProdNewInfobase,      "New infobase",                           "Новая информационная база")            \
    X(ProdEditInfobase,     "Edit infobase",                          "Изменение информационной базы")        \
    X(ProdFieldName,        "Name###prod_f_name",                     "Наименование###prod_f_name")           \
    X(ProdFieldVersion,     "Version###prod_f_version",               "Версия###prod_f_version")              \
    X(ProdFieldLicenses,    "Licences###prod_f_licenses",             "Лицензий###prod_f_licenses")           \
    X(ProdFieldNotes,       "Notes###prod_f_notes",                   "Комментарий###prod_f_notes")           \
    X(ProdFieldConfiguration, "Configuration###prod_f_config",        "Конфигурация###prod_f_config")         \
    X(ProdFieldUpdated,     "Last updated###prod_f_updated",          "Дата обновления###prod_f_updated")     \
    X(ProdFieldNeedsUpdate, "Needs an update###prod_f_needs_update",  "Требует обновления###prod_f_needs_update") \
    X(ProdToday,            "Today###prod_f_today",                   "Сегодня###prod_f_today")               \
    X(ProdSave,             "Save###prod_save",                       "Сохранить###prod_save")                \
    X(ProdCancel,           "Cancel###prod_cancel",                   "Отмена###prod_cancel")                 \
    X(ProdDateHint,         "YYYY-MM-DD",                             "ДД.ММ.ГГГГ")                           \
    X(ProdDateInvalid,      "Type the date as YYYY-MM-DD, e.g. 2026-11-27.", "Введите дату в виде ДД.ММ.ГГГГ, например 27.11.2026.") \
    X(ProdDateNoSuchDay,    "There is no such day: %s.",              "Такого дня нет: %s.")                  \
    X(ProdLicensesInvalid,  "Licences: a whole number, 0 or more.",   "Лицензий: целое число, 0 или больше.") \
    X(ProdNameRequired,     "A name is required.",                    "Укажите наименование.")                \
    X(ProdRemovedProduct,   "Product «%s» removed.",                  "Продукт «%s» удалён.")                 \
    X(ProdRemovedInfobase,  "Infobase «%s» removed.",                 "Информационная база «%s» удалена.")    \
    X(ProdUndo,             "Undo###prod_undo",                       "Вернуть###prod_undo")                  \
    X(ProdUnnamed,          "(no name)",                              "(без названия)")
// clang-format on
