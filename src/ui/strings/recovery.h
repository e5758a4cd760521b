// Issue 6 strings (see i18n_table.h for the rules): X(key, english, russian).
// What loading the stored data found (ui/recovery.cpp): the previous save recovered, the
// saved data unreadable, or made by a newer version; the confirmation before replacing it.
// clang-format off
#define CARD_STRINGS_RECOVERY(X) \
    X(RcRecoveredFmt, \
      "Recovered the previous save. The newest save could not be read: %s. The previous save, made %s, was loaded " \
      "instead: %s, %s. Changes made after it may be lost, so export a backup now.", \
      "Восстановлено предыдущее сохранение. Последнее сохранение не удалось прочитать: %s. Вместо него загружено " \
      "предыдущее сохранение от %s: %s, %s. Изменения, сделанные после него, могли потеряться — сейчас же " \
      "сохраните резервную копию (экспорт).") \
    X(RcRecoveredNoTimeFmt, \
      "Recovered the previous save. The newest save could not be read: %s. The previous save (its time was not " \
      "recorded) was loaded instead: %s, %s. Changes made after it may be lost, so export a backup now.", \
      "Восстановлено предыдущее сохранение. Последнее сохранение не удалось прочитать: %s. Вместо него загружено " \
      "предыдущее сохранение (время не записано): %s, %s. Изменения, сделанные после него, могли потеряться — " \
      "сейчас же сохраните резервную копию (экспорт).") \
    X(RcRestoredCopyFmt, \
      "The browser's database came back without the saved data (browsers reset it when they find it damaged, for " \
      "example after being killed in the middle of a save). It was restored from the second copy this app keeps: " \
      "%s, %s. Export a backup now to be safe.", \
      "База данных браузера оказалась без сохранённых данных (браузер сбрасывает её, если находит повреждённой, " \
      "например после аварийного завершения во время сохранения). Данные восстановлены из второй копии, которую " \
      "хранит приложение: %s, %s. Для надёжности сейчас же сохраните резервную копию (экспорт).") \
    X(RcClientsOne,         "%d client",                              "%d клиент")                            \
    X(RcClientsFew,         "%d clients",                             "%d клиента")                           \
    X(RcClientsMany,        "%d clients",                             "%d клиентов")                          \
    X(RcRecordsOne,         "%d record in all",                       "всего %d запись")                      \
    X(RcRecordsFew,         "%d records in all",                      "всего %d записи")                      \
    X(RcRecordsMany,        "%d records in all",                      "всего %d записей")                     \
    X(RcDamageMissing,      "the file %s is missing",                 "файл %s отсутствует")                  \
    X(RcDamageReadError,    "the file %s could not be read",          "файл %s не читается")                  \
    X(RcDamageTruncated,    "the file %s is cut short (truncated)",   "файл %s обрезан")                      \
    X(RcDamageChecksum,     "the file %s is damaged (its checksum does not match)", \
                            "файл %s повреждён (не сходится контрольная сумма)")                             \
    X(RcDamageNotJson,      "the file %s is not valid JSON (overwritten with something else)", \
                            "файл %s — не JSON (перезаписан чем-то другим)")                                 \
    X(RcDamageInconsistent, "the file %s does not hold what the save lists", \
                            "файл %s не содержит того, что перечислено в сохранении")                        \
    X(RcDamageNewer,        "the file %s was made by a newer version of Client Card", \
                            "файл %s создан более новой версией «Карточки клиента»")                         \
    X(RcExport,             "Export a backup###rc_export",            "Экспортировать копию###rc_export")     \
    X(RcUnreadableFmt, \
      "The saved data could not be read. Newest save: %s. Previous save: %s. Nothing was deleted, and nothing is " \
      "saved over it until you choose: import a backup, download the damaged files to keep them, or start over " \
      "with an empty store.", \
      "Сохранённые данные не удалось прочитать. Последнее сохранение: %s. Предыдущее сохранение: %s. Ничего не " \
      "удалено, и поверх этих данных ничего не запишется, пока вы не решите: импортируйте резервную копию, " \
      "скачайте повреждённые файлы, чтобы их сохранить, или начните заново с пустой базы.") \
    X(RcNewerFmt, \
      "The saved data was made by a newer version of Client Card (layout %d; this app reads layout %d). It was " \
      "left exactly as it is, and this app will not save over it. Open it with the newer version of Client Card.", \
      "Сохранённые данные созданы более новой версией «Карточки клиента» (формат хранения %d; эта версия читает " \
      "формат %d). Они оставлены как есть, и эта версия не будет ничего записывать поверх них. Откройте их в " \
      "новой версии «Карточки клиента».") \
    X(RcUnsavedDamaged, \
      "The data shown here is not saved yet: the unreadable saved files are still on disk, and nothing is saved " \
      "over them until you confirm. Save this data, replacing the unreadable files?", \
      "Данные на экране ещё не сохранены: нечитаемые файлы сохранения по-прежнему на диске, и поверх них ничего " \
      "не запишется без вашего подтверждения. Сохранить эти данные вместо нечитаемых файлов?") \
    X(RcUnsavedNewer, \
      "The data shown here is not saved yet: the stored data of a newer version of Client Card is still on disk, " \
      "and nothing is saved over it until you confirm.", \
      "Данные на экране ещё не сохранены: данные более новой версии «Карточки клиента» по-прежнему на диске, и " \
      "поверх них ничего не запишется без вашего подтверждения.") \
    X(RcImport,             "Import a backup…###rc_import",           "Импортировать копию…###rc_import")     \
    X(RcDownload,           "Download the damaged files###rc_download", "Скачать повреждённые файлы###rc_download") \
    X(RcDownloadStored,     "Download the stored files###rc_download", "Скачать файлы хранилища###rc_download") \
    X(RcStartOver,          "Start over…###rc_start_over",            "Начать заново…###rc_start_over")       \
    X(RcReplace,            "Save, replacing them…###rc_replace",     "Сохранить вместо них…###rc_replace")   \
    X(RcReplaceNewer,       "Replace the newer data…###rc_replace",   "Заменить данные новой версии…###rc_replace") \
    X(RcDownloadedFmt,      "Downloaded: %s (%d files).",             "Скачано: %s (файлов: %d).")            \
    X(RcDownloadFailedFmt,  "The files could not be listed: %s",      "Не удалось прочитать список файлов: %s") \
    X(RcConfirmTitle,       "Replace the stored data?###rc_confirm",  "Заменить сохранённые данные?###rc_confirm") \
    X(RcConfirmStartOver, \
      "Start over with an empty store? The unreadable files will be replaced by the next save, and this app cannot " \
      "bring them back afterwards. If you may need them, download the damaged files first.", \
      "Начать заново с пустой базы? Нечитаемые файлы будут заменены при следующем сохранении, и вернуть их " \
      "этим приложением потом будет нельзя. Если они могут понадобиться, сначала скачайте повреждённые файлы.") \
    X(RcConfirmReplace, \
      "Save the data shown here, replacing the unreadable files? The save removes them, and this app cannot bring " \
      "them back afterwards. If you may need them, download the damaged files first.", \
      "Сохранить данные на экране вместо нечитаемых файлов? Сохранение удалит их, и вернуть их этим приложением " \
      "потом будет нельзя. Если они могут понадобиться, сначала скачайте повреждённые файлы.") \
    X(RcConfirmNewer, \
      "Warning: the stored data belongs to a newer version of Client Card. Replacing it deletes it for that " \
      "version too: it will then find only what is saved here. Do this only if nobody needs that data, and " \
      "download the stored files first.", \
      "Внимание: сохранённые данные принадлежат более новой версии «Карточки клиента». Замена удалит их и для " \
      "неё: она найдёт только то, что будет сохранено здесь. Делайте это, только если эти данные никому не " \
      "нужны, и сначала скачайте файлы хранилища.") \
    X(RcConfirmStartOverYes, "Start over###rc_confirm_yes",           "Начать заново###rc_confirm_yes")       \
    X(RcConfirmReplaceYes,  "Save and replace###rc_confirm_yes",      "Сохранить и заменить###rc_confirm_yes") \
    X(RcConfirmNewerYes,    "Delete the newer data and replace it###rc_confirm_yes", \
                            "Удалить данные новой версии и заменить###rc_confirm_yes")                       \
    X(RcConfirmNo,          "Cancel###rc_confirm_no",                 "Отмена###rc_confirm_no")                \
    /* the status bar while saving waits for the user's decision (status_bar.cpp) */                         \
    X(RcStatusUnreadable,   "saving paused: the stored data could not be read",                               \
                            "сохранение приостановлено: сохранённые данные не читаются")                      \
    X(RcStatusNewer,        "saving paused: the stored data belongs to a newer version",                      \
                            "сохранение приостановлено: данные принадлежат более новой версии")
// clang-format on
