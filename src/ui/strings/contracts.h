// Strings of the Contracts and agreements tab: table, in-force marks, row menu, the contract
// window (read and edit), validation messages; contract kind and status labels (EnumLabel).
// Rows as in ui/i18n_table.h: X(key, english, russian); labels carry a "###id" suffix.
// No include guard: an X-macro list, included by ui/i18n_table.h only.

// clang-format off
#define CARD_STRINGS_CONTRACTS(X) \
    /* ---- Contracts tab: table */                                                                           \
    X(CtrNone,              "The client has no contracts or agreements yet.", "Договоров и соглашений с клиентом пока нет.") \
    X(CtrNew,               "New contract###ctr_new",                 "Новый договор###ctr_new")              \
    X(CtrNewTip,            "Add a contract or agreement (a draft until you make it active)", \
                            "Добавить договор или соглашение (черновик, пока не сделаете его действующим)") \
    X(CtrColState,          "Today",                                  "На сегодня")                           \
    X(CtrColKind,           "Kind",                                   "Вид")                                  \
    X(CtrColNumber,         "Number",                                 "Номер")                                \
    X(CtrColTitle,          "Title",                                  "Предмет договора")                     \
    X(CtrColSigned,         "Signed",                                 "Подписан")                             \
    X(CtrColValidity,       "Valid",                                  "Срок действия")                        \
    X(CtrColStatus,         "Status",                                 "Статус")                               \
    X(CtrColAmount,         "Amount",                                 "Сумма")                                \
    X(CtrValidFromTo,       "%s \xE2\x80\x93 %s",                     "%s \xE2\x80\x93 %s")                   \
    X(CtrValidOpen,         "from %s, open-ended",                    "с %s, бессрочно")                      \
    X(CtrValidUntil,        "until %s",                               "по %s")                                \
    X(CtrValidAny,          "open-ended",                             "бессрочно")                            \
    X(CtrSignedOn,          "signed %s",                              "подп. %s")                             \
    X(CtrNotSigned,         "not signed",                             "не подписан")                          \
    /* ---- State for today */                                                                                \
    X(CtrStInForce,         "In force",                               "Действует")                            \
    X(CtrStExpiresOne,      "Expires in %d day",                      "Истекает через %d день")               \
    X(CtrStExpiresFew,      "Expires in %d days",                     "Истекает через %d дня")                \
    X(CtrStExpiresMany,     "Expires in %d days",                     "Истекает через %d дней")               \
    X(CtrStExpiresToday,    "Expires today",                          "Истекает сегодня")                     \
    X(CtrStExpired,         "Expired, still marked active",           "Истёк, но числится действующим")       \
    X(CtrStExpiredTip,                                                                                        \
      "The term ended on %s, but the status is still Active. Close it, or renew it (right-click the row).",   \
      "Срок истёк %s, а статус всё ещё «Действующий». Закройте договор или продлите его (правый щелчок по строке).") \
    X(CtrStNotYet,          "Takes effect on %s",                     "Вступает в силу %s")                   \
    X(CtrStDraft,           "Draft: not in force",                    "Черновик: не действует")               \
    X(CtrStSuspended,       "Suspended",                              "Приостановлен")                        \
    X(CtrStClosed,          "Closed",                                 "Закрыт")                               \
    X(CtrCurrent,           "current",                                "текущий")                              \
    X(CtrCurrentTip,                                                                                          \
      "The current contract: the one in force that ends last. The Main tab shows it.",                         \
      "Текущий договор: из действующих тот, что заканчивается позже всех. Его показывает вкладка «Основное».") \
    /* ---- Row actions */                                                                                    \
    X(CtrOpen,              "Open###ctr_open",                        "Открыть###ctr_open")                   \
    X(CtrActions,           "Actions",                                "Действия")                             \
    X(CtrActivate,          "Make active###ctr_activate",             "Сделать действующим###ctr_activate")   \
    X(CtrSuspend,           "Suspend###ctr_suspend",                  "Приостановить###ctr_suspend")          \
    X(CtrCloseContract,     "Close the contract###ctr_close",         "Закрыть договор###ctr_close")          \
    X(CtrRenew,             "Renew…###ctr_renew",                     "Продлить…###ctr_renew")                \
    X(CtrRenewBanner,       "Renew…###ctr_banner_renew",              "Продлить…###ctr_banner_renew")         \
    X(CtrRenewTip,          "A new draft for the next term, with this one's kind, title, amount and terms", \
                            "Новый черновик на следующий срок с видом, предметом, суммой и условиями этого") \
    X(CtrRemove,            "Remove###ctr_remove",                    "Удалить###ctr_remove")                 \
    X(CtrRemoved,           "Removed: %s № %s",                       "Удалён: %s № %s")                      \
    X(CtrUndo,              "Undo###ctr_undo",                        "Вернуть###ctr_undo")                   \
    X(CtrUndoDismissTip,    "Hide (the removal stays)",               "Скрыть (удаление останется)")          \
    X(CtrRefused,           "№ %s was not made active: %s",           "№ %s не сделан действующим: %s")       \
    X(CtrEndedUseRenew,                                                                                       \
      "its term ended on %s. Change the dates in the contract, or renew it.",                                 \
      "срок истёк %s. Измените даты в договоре или продлите его.")                                            \
    /* ---- The contract window */                                                                            \
    X(CtrNewTitle,          "New contract \xE2\x80\x94 %s",           "Новый договор \xE2\x80\x94 %s")        \
    X(CtrRenewTitle,        "Renewal of № %s \xE2\x80\x94 %s",        "Продление № %s \xE2\x80\x94 %s")       \
    X(CtrWindowTitle,       "%s № %s \xE2\x80\x94 %s",                "%s № %s \xE2\x80\x94 %s")              \
    X(CtrFKind,             "Kind###ctr_f_kind",                      "Вид###ctr_f_kind")                     \
    X(CtrFNumber,           "Number###ctr_f_number",                  "Номер###ctr_f_number")                 \
    X(CtrFTitle,            "Title###ctr_f_title",                    "Предмет договора###ctr_f_title")       \
    X(CtrFSigned,           "Signed on###ctr_f_signed",               "Дата подписания###ctr_f_signed")       \
    X(CtrFFrom,             "Valid from###ctr_f_from",                "Действует с###ctr_f_from")             \
    X(CtrFTo,               "Valid to###ctr_f_to",                    "Действует по###ctr_f_to")              \
    X(CtrFStatus,           "Status###ctr_f_status",                  "Статус###ctr_f_status")                \
    X(CtrFAmount,           "Amount###ctr_f_amount",                  "Сумма###ctr_f_amount")                 \
    X(CtrFCurrency,         "Currency###ctr_f_currency",              "Валюта###ctr_f_currency")              \
    X(CtrFTerms,            "Terms###ctr_f_terms",                    "Условия###ctr_f_terms")                \
    X(CtrDateHint,          "YYYY-MM-DD",                             "ДД.ММ.ГГГГ")                           \
    X(CtrToHint,            "empty: open-ended",                      "пусто: бессрочно")                     \
    X(CtrAmountHint,        "optional",                               "необязательно")                        \
    X(CtrTermsHint,         "prices, discounts, SLA, payment terms",  "цены, скидки, SLA, порядок оплаты")    \
    X(CtrSignedToday,       "Today###ctr_signed_today",               "Сегодня###ctr_signed_today")           \
    X(CtrFromToday,         "Today###ctr_from_today",                 "Сегодня###ctr_from_today")             \
    X(CtrToYear,            "+1 year###ctr_to_year",                  "+1 год###ctr_to_year")                 \
    X(CtrToYearTip,         "A year from the start, less a day",      "Год от даты начала без одного дня")    \
    X(CtrToOpen,            "Open-ended###ctr_to_open",               "Бессрочно###ctr_to_open")              \
    X(CtrEndedWarning,      "The term ended on %s: an active contract will show as expired. Extend it, or close it.", \
                            "Срок истёк %s: действующий договор будет отмечен как истёкший. Продлите срок или закройте договор.") \
    X(CtrDraftHint,         "A draft is never in force: make it Active once it is signed.", \
                            "Черновик не действует: сделайте его действующим, когда договор подписан.")  \
    X(CtrWillBeInForce,     "Once saved, it is in force today.",      "После сохранения договор действует уже сегодня.") \
    X(CtrCloseRenewed,      "Close the expired № %s on save###ctr_close_renewed", \
                            "При сохранении закрыть истёкший № %s###ctr_close_renewed")                   \
    X(CtrSave,              "Save###ctr_save",                        "Сохранить###ctr_save")                 \
    X(CtrCancel,            "Cancel###ctr_cancel",                    "Отмена###ctr_cancel")                  \
    X(CtrEdit,              "Edit###ctr_edit",                        "Изменить###ctr_edit")                  \
    X(CtrCloseWindow,       "Close###ctr_window_close",               "Закрыть###ctr_window_close")           \
    X(CtrNotSaved,          "Not saved: correct the fields marked in red.", "Не сохранено: исправьте поля, отмеченные красным.") \
    X(CtrReadOnly,          "Read-only: Client Card is open for editing in another tab.", \
                            "Только просмотр: карточка открыта для редактирования в другой вкладке.") \
    X(CtrNoTerms,           "No terms recorded.",                     "Условия не записаны.")                 \
    X(CtrNoAmount,          "not set",                                "не указана")                           \
    /* ---- Validation messages */                                                                            \
    X(CtrNumberRequired,    "Enter the contract's number.",           "Укажите номер договора.")              \
    X(CtrNumberTaken,       "The client already has № %s (%s, %s).",  "У клиента уже есть № %s (%s, %s).")   \
    X(CtrDateFormat,        "Type the date as %s.",                   "Введите дату в виде %s.")              \
    X(CtrDateExample,       "YYYY-MM-DD (2026-11-27)",                "ДД.ММ.ГГГГ (27.11.2026)")              \
    X(CtrNoSuchDay,         "There is no such day: %s.",              "Такой даты нет в календаре: %s.")      \
    X(CtrEndBeforeStart,    "Ends (%s) before it starts (%s).",       "Окончание (%s) раньше начала (%s).")   \
    X(CtrActiveNeedsStart,  "An active contract needs the date it takes effect.", \
                            "У действующего договора должна быть дата начала.")                           \
    X(CtrAmountFormat,      "Type an amount such as 412 800,50 (at most two decimals).", \
                            "Введите сумму, например 412 800,50 (не больше двух знаков после запятой).") \
    X(CtrAmountNegative,    "The amount cannot be negative.",         "Сумма не может быть отрицательной.")   \
    X(CtrCurrencyInvalid,   "A three-letter currency code: RUB, USD, EUR.", "Трёхбуквенный код валюты: RUB, USD, EUR.") \
    /* ---- Kind and status labels (EnumLabel in widgets.cpp) */                                              \
    X(ContractKindContract, "Contract",                               "Договор")                              \
    X(ContractKindAgreement, "Agreement",                             "Соглашение")                           \
    X(ContractKindService,  "Service agreement",                      "Договор на обслуживание")              \
    X(ContractDraft,        "Draft",                                  "Черновик")                             \
    X(ContractActive,       "Active",                                 "Действующий")                          \
    X(ContractSuspended,    "Suspended",                              "Приостановлен")                        \
    X(ContractClosed,       "Closed",                                 "Закрыт")
// clang-format on
