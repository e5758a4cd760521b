// Strings of the incoming-call window and its toolbar button.
// Rows as in ui/i18n_table.h: X(key, english, russian); labels carry a "###id" suffix.
// No include guard: an X-macro list, included by ui/i18n_table.h only.

// clang-format off
#define CARD_STRINGS_INCOMING(X) \
    X(IncButton,          "Incoming call…###inc_button",            "Входящий звонок…###inc_button") \
    X(IncButtonTip,       "Who is calling? Type or paste the caller's number to find the client, its contact person and whom to put the call through to. Shortcut: F2.",\
                          "Кто звонит? Введите или вставьте номер звонящего: найдутся клиент, контактное лицо и кому переключить звонок. Клавиша: F2.") \
    X(IncTitle,           "Incoming call###inc_window",             "Входящий звонок###inc_window") \
    X(IncNumber,          "Caller's number###inc_number",           "Номер звонящего###inc_number") \
    X(IncNumberHint,      "8 (495) 123-45-67, +7 495 1234567, 4951234567 ext. 12", "8 (495) 123-45-67, +7 495 1234567, 4951234567 доб. 12") \
    X(IncHelp,            "Matches appear as you type: a whole number in any format, or its first or last digits. Esc closes.",\
                          "Совпадения появляются по мере ввода: полный номер в любом формате или его первые либо последние цифры. Esc — закрыть.") \
    X(IncTooShort,        "Type at least 4 digits.",                "Введите хотя бы 4 цифры.") \
    X(IncNoPartial,       "No saved number begins, ends or contains these digits.", "Ни один сохранённый номер не начинается, не заканчивается и не содержит этих цифр.") \
    X(IncUnknown,         "Unknown number: no client, contact person or employee has it.", "Неизвестный номер: его нет ни у клиентов, ни у контактных лиц, ни у сотрудников.") \
    X(IncSimilar,         "Similar numbers (the last digits match):", "Похожие номера (совпадают последние цифры):") \
    X(IncPartialNote,     "The number is not complete: partial matches.", "Номер введён не полностью: частичные совпадения.") \
    X(IncMore,            "There are more matches: type more digits to narrow them.", "Есть и другие совпадения: введите больше цифр, чтобы уточнить.") \
    X(IncExactMark,       "exact",                                  "точно") \
    X(IncPartialMark,     "partial",                                "частично") \
    X(IncOtherExtMark,    "another extension",                      "другой добавочный") \
    X(IncInn,             "INN %s",                                 "ИНН %s") \
    X(IncContractInForce, "Contract in force",                      "Договор действует") \
    X(IncContractUntil,   "№ %s until %s",                          "№ %s до %s") \
    X(IncContractOpen,    "№ %s, open-ended",                       "№ %s, бессрочный") \
    X(IncNoContract,      "No contract in force",                   "Нет действующего договора") \
    X(IncCompanyPhone,    "Company phone",                          "Телефон компании") \
    X(IncContactPerson,   "Contact person",                         "Контактное лицо") \
    X(IncPutThrough,      "Put through to:",                        "Переключить на:") \
    X(IncExt,             "ext. %s",                                "доб. %s") \
    X(IncNoResponsibles,  "No responsible employees: take the call yourself.", "Ответственные не назначены: примите звонок сами.") \
    X(IncNoPhone,         "no phone",                               "нет телефона") \
    X(IncOpenCard,        "Open card###inc_open",                   "Открыть карточку###inc_open") \
    X(IncOpenTip,         "Opens the client's card on the Main tab.", "Открывает карточку клиента на вкладке «Основное».") \
    X(IncLogCall,         "Log call###inc_log",                     "Записать звонок###inc_log") \
    X(IncLogTip,          "Adds an incoming call (now, done) with this contact to the client's timeline and opens the card.",\
                          "Добавляет в ленту клиента входящий звонок (сейчас, состоялся) с этим контактом и открывает карточку.") \
    X(IncLogTipClient,    "Adds an incoming call (now, done) to the client's timeline and opens the card.",\
                          "Добавляет в ленту клиента входящий звонок (сейчас, состоялся) и открывает карточку.") \
    X(IncSubject,         "Incoming call from %s",                  "Входящий звонок с %s") \
    X(IncEmployee,        "Our employee",                           "Наш сотрудник") \
    X(IncNewClient,       "New client with this number###inc_new",  "Новый клиент с этим номером###inc_new") \
    X(IncNewClientTip,    "Creates a client with this phone and opens its card to fill in.", "Создаёт клиента с этим телефоном и открывает его карточку для заполнения.") \
    X(IncAddExisting,     "Add to an existing client…###inc_add",   "Добавить к существующему клиенту…###inc_add") \
    X(IncClientSearch,    "Find the client###inc_client_search",    "Найти клиента###inc_client_search") \
    X(IncClientSearchHint,"name, legal name or INN",                "название, юр. название или ИНН") \
    X(IncClientNone,      "No client matches.",                     "Клиенты не найдены.") \
    X(IncClientMore,      "%d more: type more to narrow.",          "Ещё %d: уточните запрос.") \
    X(IncAddTip,          "Adds the number to this client's phones.", "Добавляет номер в телефоны этого клиента.") \
    X(IncAdded,           "The number was added to the phones of %s.", "Номер добавлен в телефоны клиента %s.") \
    X(IncCancelAdd,       "Cancel###inc_cancel_add",                "Отмена###inc_cancel_add") \
    X(IncReadOnly,        "Read-only: another tab is editing the data. Look-ups and Open card work here; logging calls and adding numbers do not.",\
                          "Только просмотр: данные редактируются в другой вкладке. Поиск и «Открыть карточку» работают, запись звонков и добавление номеров — нет.") \
    X(IncClose,           "Close###inc_close",                      "Закрыть###inc_close")
// clang-format on
