// Small building blocks shared by the panels: std::string text fields, the display of
// dates, money and enumerations in the current language, and the coloured banner bar.
// Formatting writes into caller buffers so that drawing a card does not allocate.
#pragma once

#include <initializer_list>

#include <cstddef>
#include <string>
#include <vector>

#include "imgui.h"
#include "model/entities.h"
#include "model/text_scan.h"
#include "ui/i18n.h"

namespace card {

// Text as typed without the spaces around it (ASCII ones and the kinds that come with a
// paste: NBSP, thin spaces). TrimmedView when a view into `s` is enough.
inline std::string_view TrimmedView(std::string_view s) { return text::TrimSpaces(s); }
inline std::string Trimmed(std::string_view s) { return std::string(text::TrimSpaces(s)); }
// printf into a std::string (for a message kept beyond the frame, e.g. UiState::message).
std::string FormatString(const char* fmt, ...) IM_FMTARGS(1);

// ImGui text fields over a std::string (grown through ImGuiInputTextFlags_CallbackResize).
bool InputString(const char* label, std::string& s, ImGuiInputTextFlags flags = 0);
bool InputStringWithHint(const char* label, const char* hint, std::string& s, ImGuiInputTextFlags flags = 0);
bool InputStringMultiline(const char* label, std::string& s, const ImVec2& size, ImGuiInputTextFlags flags = 0);

// Plain text in the current text colour, wrapped at the current wrap position, that also
// reports itself to automation (cardApp.locate, the unit tests' Has) by its whole text: for
// hints a test must find, such as the reason under a requisite field.
void TextHint(const char* text);
// TextHint in the disabled (grey) text colour: empty states, secondary lines.
void DisabledHint(const char* text);
// One unwrapped line of coloured text that reports itself to automation by its text: a
// short mark after a name ("(you)").
void MarkText(const char* text, const ImVec4& color);
// Reports the last item to automation under `text`: for items ImGui 1.90.1 does not
// report by themselves (a text line, a combo's closed box, a custom-drawn row).
void ReportLastItem(const char* text);
// ImGui::BeginCombo that reports its label first (1.90.1's combo does not), so that tests
// and cardApp.locate find combos by their visible label like any other widget.
bool BeginFindableCombo(const char* label, const char* preview, ImGuiComboFlags flags = 0);
// A borderless small button in the grey text colour with a tooltip: row actions (edit,
// remove) drawn as an icon. `label` is the icon plus a "###id".
bool GhostIconButton(const char* label, const char* tip);
// A framed button with an icon before the text of `label` ("Attach file…###att_attach");
// automation finds it by that text.
bool IconTextButton(const char* icon, const char* label);
// "Иванова Мария Сергеевна" -> "Иванова М. С.": a Russian full name (surname, name,
// patronymic, in Cyrillic) shortened as in business papers; any other name as it is.
// Writes into `buf` (truncated to fit, NUL-terminated).
void ShortPersonName(const std::string& name, char* buf, size_t size);
// The icon of an interaction type (ui/icons.h), for the timeline and the editor.
const char* InteractionIcon(InteractionType t);
// A multi-line list field's text: the items one per line, and back (non-empty lines,
// trimmed of spaces, tabs and '\r').
void JoinLines(const std::vector<std::string>& items, std::string& out);
std::vector<std::string> SplitLines(const std::string& text);
// SameLine when `width` more fits on the current line, else stays on a new line.
void SameLineIfFits(float width);

// "27.11.2026" in Russian, "2026-11-27" in English; "" for an empty date.
void FormatDate(Date d, char* buf, size_t size);
// "1 500 000,50 RUB" in Russian, "1,500,000.50 RUB" in English.
void FormatMoney(const Money& m, char* buf, size_t size);

const char* EnumLabel(ClientKind v);
const char* EnumLabel(ClientStatus v);
const char* EnumLabel(InterestState v);
const char* EnumLabel(ContractKind v);
const char* EnumLabel(ContractStatus v);
// The relationship as read from one side: `from_side` is false on the to_client's card,
// where parent_of reads "subsidiary of" and supplier/customer swap.
const char* RelationLabel(RelationshipKind v, bool from_side);

// A full-width coloured bar with wrapped text and, when `button` is given, a button at its
// right end. Returns true when the button was pressed.
bool BannerBar(ImU32 background, const char* text, const char* button = nullptr);
// The same bar with several buttons at its right end, in the order given (each a label
// with "###id"); bit i of `disabled` greys button i. Returns the index of the button
// pressed, or -1.
int BannerBarButtons(ImU32 background, const char* text, std::initializer_list<const char*> buttons,
                     unsigned disabled = 0);
// The light-blue bar after a removal: the message (wrapped; automation finds the bar by
// it), then `undo` and a borderless "×" (`dismiss` is its label with a "###id", `tip` its
// tooltip) at the right end. Returns 1 when Undo was pressed, 2 for dismiss, else 0.
int UndoBar(const char* text, const char* undo, const char* dismiss, const char* tip);

// Colours of the light theme that panels use for meaning, not decoration.
namespace colors {
constexpr ImU32 kErrorBg = IM_COL32(253, 226, 226, 255);
constexpr ImU32 kWarningBg = IM_COL32(255, 241, 204, 255);
constexpr ImU32 kInfoBg = IM_COL32(222, 236, 252, 255);
constexpr ImVec4 kErrorText{0.70f, 0.10f, 0.10f, 1.0f};
constexpr ImVec4 kWarningText{0.62f, 0.40f, 0.00f, 1.0f};
constexpr ImVec4 kOkText{0.15f, 0.48f, 0.20f, 1.0f};
constexpr ImVec4 kBusyText{0.15f, 0.35f, 0.70f, 1.0f};
}  // namespace colors

}  // namespace card
