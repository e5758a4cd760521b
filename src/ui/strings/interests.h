// Strings of the Interests tab (deals): table, filters, chart, editor; interest state labels.
// Rows as in ui/i18n_table.h: X(key, english, russian); labels carry a "###id" suffix.
// No include guard: an X-macro list, included by ui/i18n_table.h only.
// ColTitle, ColState and the State* rows are also used outside the tab (the Contracts tab,
// EnumLabel in widgets.cpp): keep their keys.

// clang-format off
#define CARD_STRINGS_INTERESTS(X) \
    /* ---- Interests tab: table */                                                                           \
    X(InterestsNone,        "No interests.",                          "Интересов нет.")                       \
    X(ColTitle,             "Title",                                  "Название")                             \
    X(ColState,             "State",                                  "Состояние")                            \
    X(ColExpected,          "Revenue",                                "Выручка")                              \
    X(ColProbability,       "Probability",                            "Вероятность")                          \
    X(ColCloseOn,           "Close by",                               "Закрыть до")                           \
    X(ColResponsible,       "Responsible",                            "Ответственный")                        \
    X(ColNextActivity,      "Next activity",                          "Следующее действие")                   \
    X(IntColProject,        "Project",                                "Проект")                               \
    X(IntColProbability,    "Prob.",                                  "Вер.")                                 \
    X(IntColOpened,         "Opened",                                 "Открыт")                               \
    X(StateNew,             "New",                                    "Новый")                                \
    X(StateQualification,   "Qualification",                          "Квалификация")                         \
    X(StateProposal,        "Proposal",                               "Предложение")                          \
    X(StateNegotiation,     "Negotiation",                            "Переговоры")                           \
    X(StateWon,             "Won",                                    "Выигран")                              \
    X(StateLost,            "Lost",                                   "Проигран")                             \
    X(IntNonePlanned,       "none planned",                           "не запланировано")                     \
    X(IntNonePlannedTip,                                                                                      \
      "Nothing is planned for this open deal: plan the next step so that it does not stall.",                 \
      "По открытой сделке ничего не запланировано: запланируйте следующий шаг, чтобы она не встала.")          \
    X(IntOverdueTip,        "The next activity is overdue.",          "Следующее действие просрочено.")       \
    X(IntReasonFmt,         "Reason: %s",                             "Причина: %s")                          \
    X(IntNotesFmt,          "Notes: %s",                              "Заметки: %s")                          \
    X(IntRowHint,                                                                                             \
      "Double-click to edit; right-click for more. Click the state to move the deal.",                        \
      "Двойной щелчок — изменить; правый щелчок — другие команды. Щелчок по состоянию переводит сделку.")     \
    X(IntNoResponsibleCell, "not assigned",                           "не назначен")                          \
    /* ---- Interests tab: empty states */                                                                   \
    X(IntEmptyTitle,        "No interests (deals) yet",               "Интересов (сделок) пока нет")          \
    X(IntEmptyText,                                                                                           \
      "Record what the client may buy: a title, the expected revenue and probability, when it should close "  \
      "and who leads it. Its next activity keeps the deal moving.",                                           \
      "Запишите, что клиент может купить: название, ожидаемую выручку и вероятность, срок закрытия и "        \
      "ответственного. Следующее действие не даст сделке остановиться.")                                      \
    X(IntEmptyFiltered,     "No interests match the filters.",        "Нет интересов, подходящих под отбор.") \
    /* ---- Interests tab: command bar */                                                                    \
    X(IntNew,               "New interest###int_new",                 "Новый интерес###int_new")              \
    X(IntEdit,              "Edit###int_edit",                        "Изменить###int_edit")                  \
    X(IntPlan,              "Plan next activity###int_plan",          "Запланировать действие###int_plan")    \
    X(IntMoveTo,            "Move to###int_move",                     "Перевести в###int_move")               \
    X(IntCloseWon,          "Won…###int_won",                         "Выигран…###int_won")                   \
    X(IntCloseLost,         "Lost…###int_lost",                       "Проигран…###int_lost")                 \
    X(IntReopen,            "Reopen###int_reopen",                    "Открыть снова###int_reopen")           \
    X(IntRemove,            "Remove###int_remove",                    "Удалить###int_remove")                 \
    X(IntCloseWonTip,       "Close as won, with what decided it",     "Закрыть как выигранный, с причиной")   \
    X(IntCloseLostTip,      "Close as lost, with the reason",         "Закрыть как проигранный, с причиной")  \
    X(IntReopenTip,                                                                                           \
      "Back to negotiation (or use Move to for another state); the close reason is cleared",                  \
      "Вернуть в переговоры (или выберите другое состояние в «Перевести в»); причина закрытия очищается")     \
    X(IntSelectHint,        "Select a row to act on it.",             "Выберите строку, чтобы работать с ней.") \
    X(IntRemovedFmt,        "Interest «%s» removed.",                 "Интерес «%s» удалён.")                 \
    X(IntRemovedLinkedFmt,                                                                                    \
      "Interest «%s» removed; %d linked activities stay on the timeline without it.",                         \
      "Интерес «%s» удалён; связанные действия (%d) остались в ленте без него.")                              \
    X(IntUndo,              "Undo###int_undo",                        "Отменить###int_undo")                  \
    X(IntUndoDismissTip,    "Hide (the removal stays)",               "Скрыть (удаление останется)")            \
    X(IntReadOnly,                                                                                            \
      "Read-only: interests are edited in the tab where the card was opened first.",                          \
      "Только просмотр: интересы редактируются во вкладке, где карточка открыта первой.")                     \
    /* ---- Interests tab: filters */                                                                        \
    X(IntFilterResponsible, "Responsible###int_f_resp",               "Ответственный###int_f_resp")           \
    X(IntFilterProject,     "Project###int_f_project",                "Проект###int_f_project")               \
    X(IntFilterStates,      "States###int_f_states",                  "Состояния###int_f_states")             \
    X(IntFilterBasis,       "Period###int_f_basis",                   "Период###int_f_basis")                 \
    X(IntAny,               "any",                                    "любой")                                \
    X(IntAnyResponsible,    "any###int_any_resp",                     "любой###int_any_resp")                 \
    X(IntAnyProject,        "any###int_any_project",                  "любой###int_any_project")              \
    X(IntNoneResponsible,   "(not assigned)###int_no_resp",           "(не назначен)###int_no_resp")          \
    X(IntNoProject,         "(no project)###int_no_project",          "(без проекта)###int_no_project")       \
    X(IntAllStates,         "all",                                    "все")                                  \
    X(IntOpenStates,        "open",                                   "открытые")                             \
    X(IntStatesAll,         "All states###int_states_all",            "Все состояния###int_states_all")       \
    X(IntStatesOpen,        "Open only###int_states_open",            "Только открытые###int_states_open")    \
    X(IntStatesCountFmt,    "%d of %d",                               "%d из %d")                             \
    X(IntBasisEither,       "opened or closing",                      "открыт или закрывается")               \
    X(IntBasisOpened,       "opened",                                 "открыт")                               \
    X(IntBasisClosing,      "closing",                                "закрывается")                          \
    X(IntBasisTip,                                                                                            \
      "Which date must fall within the period: the opening date, the close-by date, or either of them.",      \
      "Какая дата должна попасть в период: дата открытия, срок закрытия или любая из них.")                   \
    X(IntFrom,              "from###int_f_from",                      "с###int_f_from")                       \
    X(IntTo,                "to###int_f_to",                          "по###int_f_to")                        \
    X(IntDateHint,          "YYYY-MM-DD",                             "ДД.ММ.ГГГГ")                           \
    X(IntThisMonth,         "This month###int_q_month",               "Этот месяц###int_q_month")             \
    X(IntThisQuarter,       "This quarter###int_q_quarter",           "Этот квартал###int_q_quarter")         \
    X(IntThisYear,          "This year###int_q_year",                 "Этот год###int_q_year")                \
    X(IntClearPeriod,       "Any time###int_q_clear",                 "Всё время###int_q_clear")              \
    X(IntResetFilters,      "Reset filters###int_reset",              "Сбросить отбор###int_reset")           \
    X(IntDateBadFormatFmt,                                                                                    \
      "«%s»: type the date as 2026-11-27 or 27.11.2026.",                                                     \
      "«%s»: введите дату как 27.11.2026 или 2026-11-27.")                                                    \
    X(IntDateNoSuchDayFmt,  "«%s»: there is no such day.",            "«%s»: такого дня нет.")                \
    X(IntPeriodReversed,    "The period ends before it begins.",      "Период заканчивается раньше, чем начинается.") \
    /* ---- Interests tab: totals and chart */                                                               \
    X(IntShownFmt,          "Shown %d of %d",                         "Показано %d из %d")                    \
    X(IntExpectedFmt,       "expected %s",                            "ожидается %s")                         \
    X(IntWeightedFmt,       "weighted %s",                            "взвешенно %s")                         \
    X(IntTooLarge,          "too large to total",                     "слишком много для суммы")              \
    X(IntTotalsTip,                                                                                           \
      "For the rows shown. Weighted: each expected revenue times its probability, summed and rounded to "     \
      "kopecks once. Different currencies are totalled separately.",                                          \
      "По показанным строкам. Взвешенно: ожидаемая выручка каждой сделки, умноженная на её вероятность, "      \
      "сумма округлена до копеек один раз. Разные валюты считаются отдельно.")                                \
    X(IntPipeline,          "Pipeline by state",                      "Воронка по состояниям")                \
    X(IntPipelineCurrencyFmt, "Pipeline by state, %s",                "Воронка по состояниям, %s")            \
    X(IntPipelineOtherFmt,  "+%d in other currencies, not in the chart", "+%d в других валютах, не в диаграмме") \
    /* ---- Interest editor */                                                                               \
    X(IntEditorNew,         "New interest",                           "Новый интерес")                        \
    X(IntEditorEdit,        "Interest",                               "Интерес")                              \
    X(IntFieldTitle,        "Title###int_e_title",                    "Название###int_e_title")               \
    X(IntFieldProject,      "Project###int_e_project",                "Проект###int_e_project")               \
    X(IntFieldResponsible,  "Responsible###int_e_resp",               "Ответственный###int_e_resp")           \
    X(IntFieldState,        "State###int_e_state",                    "Состояние###int_e_state")              \
    X(IntFieldAmount,       "Expected revenue###int_e_amount",        "Ожидаемая выручка###int_e_amount")     \
    X(IntFieldCurrency,     "Currency###int_e_currency",              "Валюта###int_e_currency")              \
    X(IntFieldProbability,  "Probability, %###int_e_prob",            "Вероятность, %###int_e_prob")          \
    X(IntFieldOpened,       "Opened on###int_e_opened",               "Дата открытия###int_e_opened")         \
    X(IntFieldCloseOn,      "Close by###int_e_close",                 "Срок закрытия###int_e_close")          \
    X(IntFieldNotes,        "Notes###int_e_notes",                    "Заметки###int_e_notes")                \
    X(IntFieldReason,       "Close reason###int_e_reason",            "Причина закрытия###int_e_reason")      \
    X(IntNoneChoice,        "(none)",                                 "(нет)")                                \
    X(IntProjectsUsed,      "Used:",                                  "Уже есть:")                            \
    X(IntTitleRequired,     "Enter a title.",                         "Введите название.")                    \
    X(IntAmountInvalid,                                                                                       \
      "Type an amount like 1500000 or 1 500 000,50 (two decimals at most).",                                 \
      "Введите сумму, например 1500000 или 1 500 000,50 (не больше двух знаков после запятой).")              \
    X(IntCurrencyInvalid,   "Currency: three capital letters, e.g. RUB, USD, EUR.", "Валюта: три заглавные латинские буквы, например RUB, USD, EUR.") \
    X(IntProbabilityInvalid, "Probability: a whole number from 0 to 100.", "Вероятность: целое число от 0 до 100.") \
    X(IntCloseBeforeOpened, "The close-by date is before the opening date.", "Срок закрытия раньше даты открытия.") \
    X(IntUsualProbabilityFmt, "Usual for this state: %d%%",           "Обычно для этого состояния: %d%%")      \
    X(IntUseProbability,    "Use###int_e_useprob",                    "Подставить###int_e_useprob")           \
    X(IntClosedNote,                                                                                          \
      "Closed deals are won or lost with a reason: use the Won… and Lost… buttons.",                          \
      "Сделку закрывают как выигранную или проигранную с причиной: кнопки «Выигран…» и «Проигран…».")         \
    X(IntSave,              "Save###int_e_save",                      "Сохранить###int_e_save")               \
    X(IntCancel,            "Cancel###int_e_cancel",                  "Отмена###int_e_cancel")                \
    /* ---- Close dialog */                                                                                  \
    X(IntCloseWonTitle,     "Close as won",                           "Закрыть как выигранный")               \
    X(IntCloseLostTitle,    "Close as lost",                          "Закрыть как проигранный")              \
    X(IntCloseReason,       "Reason###int_c_reason",                  "Причина###int_c_reason")               \
    X(IntCloseOn,           "Closed on###int_c_date",                 "Дата закрытия###int_c_date")           \
    X(IntReasonHintWon,     "What decided it (optional)",             "Что решило дело (необязательно)")      \
    X(IntReasonHintLost,    "Why it was lost (required)",             "Почему проиграли (обязательно)")       \
    X(IntReasonRequired,    "Say why the deal was lost.",             "Укажите, почему сделка проиграна.")    \
    X(IntCloseProbWon,      "The probability becomes 100%.",         "Вероятность станет 100%.")             \
    X(IntCloseProbLost,     "The probability becomes 0%.",            "Вероятность станет 0%.")               \
    X(IntCloseConfirm,      "Close the interest###int_c_ok",          "Закрыть интерес###int_c_ok")           \
    X(IntCloseCancel,       "Cancel###int_c_cancel",                  "Отмена###int_c_cancel")                \
    /* ---- Timeline: the interest an activity is linked to */                                               \
    X(IntTimelineFmt,       "Interest: %s",                           "Интерес: %s")
// clang-format on
