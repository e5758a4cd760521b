// The one translation table of the interface: every visible string, English and Russian.
// Each row is X(key, english, russian). Widget labels carry a "###id" suffix so that the
// ImGui id (and therefore focus, open state, the tab selection) stays the same when the
// language changes; browser tests find widgets by the English text before "###".
// Rows ending in a printf format take their arguments in the same order in both languages.
// No include guard: this file is an X-macro list, included by i18n.h and i18n.cpp only.
// The Main tab's sections and the other tabs keep their rows in src/ui/strings/*.h (one file per section,
// same rules), joined into CARD_STRINGS at the end of this file.

#include "ui/strings/activity.h"
#include "ui/strings/backup.h"
#include "ui/strings/contacts.h"
#include "ui/strings/contracts.h"
#include "ui/strings/demo.h"
#include "ui/strings/duplicates.h"
#include "ui/strings/history.h"
#include "ui/strings/incoming.h"
#include "ui/strings/interests.h"
#include "ui/strings/people.h"
#include "ui/strings/recovery.h"
#include "ui/strings/relationships.h"
#include "ui/strings/search.h"
#include "ui/strings/sections.h"
#include "ui/strings/shortcuts.h"
#include "ui/strings/storage_status.h"
#include "ui/strings/timeline.h"

// clang-format off
#define CARD_STRINGS_BASE(X)                                                                                     \
    /* ---- Menu bar */                                                                                       \
    X(MenuFile,             "File###menu_file",                       "Файл###menu_file")                     \
    X(MenuExportJson,       "Export JSON###export_json",              "Экспорт в JSON###export_json")         \
    X(MenuExportClient,     "Export this client###export_client",     "Экспорт этого клиента###export_client") \
    X(MenuImportJson,       "Import JSON…###import_json",             "Импорт из JSON…###import_json")        \
    X(MenuEmployees,        "Employees###menu_employees",             "Сотрудники###menu_employees")          \
    X(MenuEmployeeDirectory, "Employee directory…###employee_directory", "Справочник сотрудников…###employee_directory") \
    X(MenuLanguage,         "Language###menu_language",               "Язык (Language)###menu_language")      \
    X(LangRussian,          "Русский###lang_ru",                      "Русский###lang_ru")                    \
    X(LangEnglish,          "English###lang_en",                      "English###lang_en")                    \
    /* ---- Banners */                                                                                        \
    X(ReadOnlyBanner,                                                                                         \
      "Opened read-only: Client Card is already open in another tab. Close it to edit here.",                 \
      "Открыто только для просмотра: «Карточка клиента» уже открыта в другой вкладке. "                       \
      "Закройте её, чтобы редактировать здесь.")                                                              \
    X(Dismiss,              "Dismiss###dismiss",                      "Скрыть###dismiss")                     \
    X(StorageUnavailableBanner,                                                                               \
      "Storage is unavailable in this browser: changes are kept only while this tab is open. Use File > Export JSON to keep them.",                                   \
      "Хранилище в этом браузере недоступно: изменения живут, пока открыта вкладка. Сохраните их: Файл > Экспорт в JSON.")                                  \
    /* ---- Client list */                                                                                    \
    X(Search,               "Search###search",                        "Поиск###search")                       \
    X(NewClient,            "New client###new_client",                "Новый клиент###new_client")            \
    X(NoName,               "(no name)",                              "(без наименования)")                   \
    X(NewClientName,        "New client",                             "Новый клиент")                         \
    X(NoMatches,            "No client matches the search.",          "Ни один клиент не подходит под условие поиска.") \
    X(ListTooltipInn,       "INN %s",                                 "ИНН %s")                               \
    /* ---- Card: empty states, header, tabs */                                                              \
    X(EmptyStoreTitle,      "No clients yet",                         "Клиентов пока нет")                    \
    X(EmptyStoreHint,                                                                                         \
      "Create one with “New client” on the left, or load a file: File > Import JSON…",                        \
      "Создайте клиента кнопкой «Новый клиент» слева или загрузите файл: Файл > Импорт из JSON…")             \
    X(NoSelection,          "Select a client in the list on the left.", "Выберите клиента в списке слева.")  \
    X(TabMain,              "Main###tab_main",                        "Основное###tab_main")                  \
    X(TabInterests,         "Interests###tab_interests",              "Интересы###tab_interests")             \
    X(TabRelationships,     "Relationships###tab_relationships",      "Взаимосвязи###tab_relationships")      \
    X(TabContracts,         "Contracts and agreements###tab_contracts", "Договоры и соглашения###tab_contracts") \
    /* ---- Main tab */                                                                                       \
    X(SectionRequisites,    "Name and requisites",                    "Наименование и реквизиты")             \
    X(SectionContactInfo,   "Contact information",                    "Контактная информация")                \
    X(FieldName,            "Name###name",                            "Наименование###name")                  \
    X(FieldLegalName,       "Legal name###legal_name",                "Полное наименование###legal_name")     \
    X(FieldKind,            "Kind###kind",                            "Вид###kind")                           \
    X(KindLegalEntity,      "Legal entity",                           "Юридическое лицо")                     \
    X(KindSoleTrader,       "Sole trader",                            "Индивидуальный предприниматель")       \
    X(KindPerson,           "Person",                                 "Физическое лицо")                      \
    X(FieldInn,             "INN###inn",                              "ИНН###inn")                            \
    X(FieldKpp,             "KPP###kpp",                              "КПП###kpp")                            \
    X(FieldOgrn,            "OGRN###ogrn",                            "ОГРН###ogrn")                          \
    X(FieldOgrnip,          "OGRNIP###ogrn",                          "ОГРНИП###ogrn")                        \
    X(FieldLegalAddress,    "Legal address###legal_address",          "Юридический адрес###legal_address")    \
    X(FieldActualAddress,   "Actual address###actual_address",        "Фактический адрес###actual_address")   \
    X(FieldPhones,          "Phones###phones",                        "Телефоны###phones")                    \
    X(FieldEmails,          "E-mails###emails",                       "Эл. почта###emails")                   \
    X(OnePerLine,           "one per line",                           "по одному в строке")                   \
    X(FieldWebsite,         "Website###website",                      "Сайт###website")                       \
    X(StatusProspect,       "Prospect",                               "Потенциальный")                        \
    X(StatusActive,         "Active",                                 "Действующий")                          \
    X(StatusFormer,         "Former",                                 "Бывший")                               \
    X(FieldNotes,           "Notes###notes",                          "Комментарий###notes")                  \
    X(NameRequired,         "A name is required: the previous one is kept until you type a new one.",        \
      "Наименование обязательно: пока не введено новое, сохраняется прежнее.")                                \
    /* ---- Requisites checks: one reason per CheckReason (ui/requisite_checks.cpp) */ \
    X(ReasonOk,              "no problem",\
      "замечаний нет") \
    X(ReasonInnNotDigits,    "INN must contain only digits",\
      "ИНН должен состоять только из цифр") \
    X(ReasonInnLength,       "INN must have 10 or 12 digits",\
      "ИНН должен содержать 10 или 12 цифр") \
    X(ReasonInnCheckDigit,   "INN check digit does not match",\
      "Не сходится контрольное число ИНН") \
    X(ReasonKppLength,       "KPP must have 9 characters",\
      "КПП должен содержать 9 знаков") \
    X(ReasonKppFormat,       "KPP must be 4 digits, 2 digits or capital Latin letters, 3 digits",\
      "КПП: 4 цифры, 2 цифры или заглавные латинские буквы, 3 цифры") \
    X(ReasonOgrnNotDigits,   "OGRN must contain only digits",\
      "ОГРН должен состоять только из цифр") \
    X(ReasonOgrnLength,      "OGRN must have 13 digits",\
      "ОГРН должен содержать 13 цифр") \
    X(ReasonOgrnPrefix,      "OGRN must start with 1 or 5",\
      "ОГРН должен начинаться с 1 или 5") \
    X(ReasonOgrnCheckDigit,  "OGRN check digit does not match",\
      "Не сходится контрольное число ОГРН") \
    X(ReasonOgrnipNotDigits, "OGRNIP must contain only digits",\
      "ОГРНИП должен состоять только из цифр") \
    X(ReasonOgrnipLength,    "OGRNIP must have 15 digits",\
      "ОГРНИП должен содержать 15 цифр") \
    X(ReasonOgrnipPrefix,    "OGRNIP must start with 3",\
      "ОГРНИП должен начинаться с 3") \
    X(ReasonOgrnipCheckDigit, "OGRNIP check digit does not match",\
      "Не сходится контрольное число ОГРНИП") \
    X(ReasonOgrnAnyLength,   "must have 13 digits (OGRN) or 15 digits (OGRNIP)",\
      "должно быть 13 цифр (ОГРН) или 15 цифр (ОГРНИП)") \
    X(ReasonInnLegalEntity10, "a legal entity's INN has 10 digits",\
      "ИНН юридического лица состоит из 10 цифр") \
    X(ReasonInnIndividual12, "a sole trader's or a person's INN has 12 digits",\
      "ИНН предпринимателя или физического лица состоит из 12 цифр") \
    X(ReasonKppMissing,      "a legal entity with an INN also has a KPP",\
      "У юридического лица с ИНН должен быть и КПП") \
    X(ReasonKppNotApplicable, "only a legal entity has a KPP",\
      "КПП бывает только у юридического лица") \
    X(ReasonOgrnipForLegalEntity, "a legal entity has a 13-digit OGRN, not a 15-digit OGRNIP",\
      "У юридического лица ОГРН из 13 цифр, а не ОГРНИП из 15") \
    X(ReasonOgrnForSoleTrader, "a sole trader has a 15-digit OGRNIP, not a 13-digit OGRN",\
      "У предпринимателя ОГРНИП из 15 цифр, а не ОГРН из 13") \
    X(ReasonOgrnForPerson,   "a person has no OGRN or OGRNIP",\
      "У физического лица нет ни ОГРН, ни ОГРНИП") \
    X(ReasonPhoneBadCharacters, "only digits, spaces, brackets, dashes, a leading + and an extension",\
      "Допустимы цифры, пробелы, скобки, дефисы, + в начале и добавочный") \
    X(ReasonPhoneDigitCount, "a Russian number has 10 digits, or 11 starting with 8 or 7",\
      "Российский номер: 10 цифр или 11, начиная с 8 или 7") \
    X(ReasonPhoneCountryDigits, "+7 and 10 digits, or + country code and 7 to 15 digits in all",\
      "+7 и 10 цифр или + код страны и всего от 7 до 15 цифр") \
    X(ReasonEmailSpaces,     "an e-mail address has no spaces",\
      "В адресе эл. почты не бывает пробелов") \
    X(ReasonEmailAt,         "an e-mail address has exactly one @",\
      "В адресе эл. почты ровно один знак @") \
    X(ReasonEmailLocalEmpty, "nothing before the @",\
      "Перед @ ничего нет") \
    X(ReasonEmailLocalInvalid, "characters or dots before the @ that an address cannot have",\
      "Недопустимые знаки или точки перед @") \
    X(ReasonEmailDomainNoDot, "the domain after the @ needs a dot",\
      "В домене после @ нужна точка") \
    X(ReasonEmailDomainInvalid, "the domain after the @ is not valid",\
      "Недопустимый домен после @") \
    X(ReasonWebsiteSpaces,   "a website address has no spaces",\
      "В адресе сайта не бывает пробелов") \
    X(ReasonWebsiteScheme,   "only http:// or https:// addresses",\
      "Допустимы только адреса http:// или https://") \
    X(ReasonWebsiteHostNoDot, "the site name needs a dot",\
      "В имени сайта нужна точка") \
    X(ReasonWebsiteHostInvalid, "the site name or port is not valid",\
      "Недопустимое имя сайта или порт") \
    X(ProblemWithValue,      "%s: %s",\
      "%s: %s") \
    X(ProblemInField,        "%.*s: %s",\
      "%.*s: %s") \
    X(ProblemInListField,    "%.*s, %s: %s",\
      "%.*s, %s: %s") \
    X(RequisitesMarker,      "▲ Requisites to check: %zu###requisites_marker",\
      "▲ Проверьте реквизиты: %zu###requisites_marker") \
    X(RequisitesMarkerHint,  "Click to open the Main tab.",\
      "Нажмите, чтобы открыть вкладку «Основное».") \
    X(CreatedAt,            "Created %s",                             "Создан %s")                            \
    X(SectionContacts,      "Contact persons",                        "Контактные лица")                      \
    X(ContactsNone,         "No contact persons yet.",                "Контактных лиц пока нет.")             \
    X(Yes,                  "yes",                                    "да")                                   \
    X(No,                   "no",                                     "нет")                                  \
    /* ---- Import dialog */                                                                                  \
    X(ImportTitle,          "Import a file###import_dialog",          "Импорт файла###import_dialog")         \
    X(ImportFile,           "File: %s",                               "Файл: %s")                             \
    X(ImportReading,        "Reading the file…",                      "Чтение файла…")                        \
    X(ImportReadFailed,     "The file could not be read: %s. Nothing has been changed.",                     \
                            "Не удалось прочитать файл: %s. Ничего не изменено.")                             \
    X(ImportRejected,       "This file cannot be imported. Nothing has been changed.",                        \
                            "Этот файл нельзя загрузить. Ничего не изменено.")                                \
    X(ModeMerge,            "Merge###mode_merge",                     "Объединить###mode_merge")              \
    X(ModeReplace,          "Replace###mode_replace",                 "Заменить###mode_replace")              \
    X(ModeMergeHint,        "Records with a known id are updated, new ones are added, nothing is deleted.",   \
                            "Записи с известным id обновляются, новые добавляются, ничего не удаляется.")     \
    X(ModeReplaceHint,      "The file becomes the whole store: everything that is not in the file is deleted.", \
                            "Файл становится всей базой: всё, чего нет в файле, удаляется.")                  \
    X(ColRecords,           "Records",                                "Записи")                               \
    X(ColAdded,             "Added",                                  "Добавится")                            \
    X(ColUpdated,           "Changed",                                "Изменится")                            \
    X(ColUnchanged,         "Unchanged",                              "Без изменений")                        \
    X(ColRemoved,           "Removed",                                "Удалится")                             \
    X(CollEmployees,        "Employees",                              "Сотрудники")                           \
    X(CollClients,          "Clients",                                "Клиенты")                              \
    X(CollContacts,         "Contact persons",                        "Контактные лица")                      \
    X(CollInteractions,     "Interactions",                           "Взаимодействия")                       \
    X(CollInterests,        "Interests (deals)",                      "Интересы (сделки)")                    \
    X(CollRelationships,    "Relationships",                          "Взаимосвязи")                          \
    X(CollContracts,        "Contracts and agreements",               "Договоры и соглашения")                \
    X(ImportTotals,         "In total: %zu added, %zu changed, %zu unchanged, %zu removed.",                  \
                            "Всего: добавится %zu, изменится %zu, без изменений %zu, удалится %zu.")          \
    X(ReplaceConfirm,       "Yes, replace all current data###replace_confirm",                                \
                            "Да, заменить все текущие данные###replace_confirm")                              \
    X(Apply,                "Apply###import_apply",                   "Применить###import_apply")             \
    X(Cancel,               "Cancel###import_cancel",                 "Отмена###import_cancel")               \
    X(ImportReadOnly,       "Import is not available: this tab is read-only.",                                \
                            "Импорт недоступен: эта вкладка открыта только для просмотра.")                   \
    X(ImportDone,           "Imported “%s”: %zu added, %zu changed, %zu removed.",                            \
                            "Загружен файл «%s»: добавлено %zu, изменено %zu, удалено %zu.")                  \
    X(ImportRefusedReadOnly, "import refused: Client Card is open read-only in this tab",                      \
                            "импорт отклонён: «Карточка клиента» открыта в этой вкладке только для просмотра") \
    /* ---- Status bar */                                                                                     \
    X(SaveSaved,            "saved",                                  "сохранено")                            \
    X(SaveSaving,           "saving…",                                "сохранение…")                          \
    X(SaveUnsaved,          "unsaved changes",                        "есть несохранённые изменения")         \
    X(SaveFailed,           "save failed: %s",                        "ошибка сохранения: %s")                \
    X(ClientsCount,         "Clients: %zu",                           "Клиентов: %zu")                        \
    X(ClientsShown,         "shown: %zu",                             "показано: %zu")                        \
    X(ReadOnlyShort,        "read-only",                              "только просмотр")

#define CARD_STRINGS(X) \
    CARD_STRINGS_BASE(X) CARD_STRINGS_CONTACTS(X) CARD_STRINGS_PEOPLE(X) CARD_STRINGS_SECTIONS(X) \
    CARD_STRINGS_TIMELINE(X) CARD_STRINGS_ACTIVITY(X) CARD_STRINGS_INTERESTS(X) \
    CARD_STRINGS_RELATIONSHIPS(X) CARD_STRINGS_CONTRACTS(X) \
    CARD_STRINGS_INCOMING(X) CARD_STRINGS_DEMO(X) CARD_STRINGS_SEARCH(X) \
    CARD_STRINGS_DUPLICATES(X) CARD_STRINGS_HISTORY(X) CARD_STRINGS_SHORTCUTS(X) \
    CARD_STRINGS_RECOVERY(X) CARD_STRINGS_STORAGE_STATUS(X) CARD_STRINGS_BACKUP(X)
// clang-format on
