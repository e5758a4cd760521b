// Attachments in the activity editor: the picked file is checked against the limits and
// kept in the editor's draft as base64 (written to the store by Save); each listed file
// opens or downloads with one click from its decoded bytes.
#include "ui/attachments.h"

#include <cmath>
#include <cstdio>
#include <cstring>

#include "imgui.h"
#include "model/base64.h"
#include "platform/platform.h"
#include "ui/i18n.h"
#include "ui/icons.h"
#include "ui/widgets.h"

namespace card {

void FormatFileSize(int64_t bytes, char* buf, size_t size) {
    if (size == 0) return;
    if (bytes < 0) bytes = 0;
    constexpr Str kUnits[] = {Str::AttUnitB, Str::AttUnitKB, Str::AttUnitMB, Str::AttUnitGB};
    char number[32];
    size_t unit = 0;
    if (bytes < 1024) {
        std::snprintf(number, sizeof number, "%lld", static_cast<long long>(bytes));
    } else {
        double v = static_cast<double>(bytes);
        while (unit + 1 < sizeof kUnits / sizeof kUnits[0] && v >= 1024) {
            v /= 1024;
            ++unit;
        }
        // One decimal below 10 ("1.4 MB") unless it is 0 ("5 MB"), whole numbers above
        // ("12 KB"); a value that rounds up to 1024 moves to the next unit ("1 MB", not
        // "1024 KB").
        const double tenths = std::round(v * 10);
        if (tenths < 100 && static_cast<long long>(tenths) % 10 != 0) {
            std::snprintf(number, sizeof number, "%.1f", tenths / 10);
        } else if (tenths < 100) {
            std::snprintf(number, sizeof number, "%lld", static_cast<long long>(tenths) / 10);
        } else if (std::llround(v) >= 1024 && unit + 1 < sizeof kUnits / sizeof kUnits[0]) {
            ++unit;
            std::snprintf(number, sizeof number, "1");
        } else {
            std::snprintf(number, sizeof number, "%lld", std::llround(v));
        }
        if (CurrentLanguage() == Lang::Ru)
            if (char* dot = std::strchr(number, '.')) *dot = ',';
    }
    std::snprintf(buf, size, Tr(kUnits[unit]), number);
}

bool AttachPickedFile(ActivityEditorUi& ui, const platform::PickedFile& file) {
    ui.refusal = AttachRefusal::None;
    ui.refused_name = file.name;
    ui.refused_size = file.size;
    if (file.too_large || file.size > kMaxAttachmentBytes) {
        ui.refusal = AttachRefusal::TooLarge;
        return false;
    }
    int64_t total = 0;
    for (const Attachment& a : ui.draft.attachments) total += a.size;
    if (total + file.size > kMaxAttachmentsTotalBytes) {
        ui.refusal = AttachRefusal::TotalTooLarge;
        return false;
    }
    Attachment a;
    a.name = file.name;
    a.mime = file.mime;
    a.size = static_cast<int64_t>(file.bytes.size());
    a.data = Base64Encode(file.bytes);
    ui.draft.attachments.push_back(std::move(a));
    ui.refused_name.clear();
    ui.refused_size = 0;
    return true;
}

namespace {

int64_t TotalSize(const Interaction& x) {
    int64_t total = 0;
    for (const Attachment& a : x.attachments) total += a.size;
    return total;
}

// A short type for the list: the file name's extension in capitals ("PDF", "DOCX"), else
// the MIME type, else "file". The full MIME type is in the tooltip.
void ShortType(const Attachment& a, char* buf, size_t size) {
    const size_t dot = a.name.rfind('.');
    if (dot != std::string::npos && dot > 0 && dot + 1 < a.name.size() && a.name.size() - dot <= 6) {
        size_t o = 0;
        for (size_t i = dot + 1; i < a.name.size() && o + 1 < size; ++i) {
            const char ch = a.name[i];
            buf[o++] = ch >= 'a' && ch <= 'z' ? static_cast<char>(ch - 'a' + 'A') : ch;
        }
        buf[o] = '\0';
        return;
    }
    std::snprintf(buf, size, "%s", a.mime.empty() ? Tr(Str::AttAnyType) : a.mime.c_str());
}

const char* MimeOrDefault(const Attachment& a) {
    return a.mime.empty() ? "application/octet-stream" : a.mime.c_str();
}

// Decodes and hands the bytes to the browser (open in a tab, or download).
void Deliver(ActivityEditorUi& ui, const Attachment& a, bool download) {
    std::string bytes;
    if (!Base64Decode(a.data, bytes)) {
        ui.broken_attachment = true;
        return;
    }
    ui.broken_attachment = false;
    if (download)
        platform::DownloadFile(a.name, MimeOrDefault(a), bytes);
    else
        platform::OpenFile(a.name, MimeOrDefault(a), bytes);
}

}  // namespace

void DrawAttachments(ActivityEditorUi& ui, bool read_only) {
    ImGui::SeparatorText(Tr(Str::AttSection));
    std::vector<Attachment>& files = ui.draft.attachments;
    if (files.empty()) {
        ImGui::TextDisabled("%s", Tr(Str::AttNone));
    } else {
        const ImGuiTableFlags flags =
            ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit;
        if (ImGui::BeginTable("##att_list", 4, flags)) {
            ImGui::TableSetupColumn("##att_name", ImGuiTableColumnFlags_WidthStretch);
            ImGui::TableSetupColumn("##att_type");
            ImGui::TableSetupColumn("##att_size");
            ImGui::TableSetupColumn("##att_actions");
            size_t remove = files.size();
            char text[64];
            for (size_t i = 0; i < files.size(); ++i) {
                const Attachment& a = files[i];
                ImGui::PushID(static_cast<int>(i));
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::AlignTextToFramePadding();
                ImGui::TextUnformatted(ICON_PAPERCLIP);
                ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
                ImGui::TextUnformatted(a.name.empty() ? "—" : a.name.c_str());
                if (ImGui::IsItemHovered() && ImGui::CalcTextSize(a.name.c_str()).x > ImGui::GetItemRectSize().x)
                    ImGui::SetTooltip("%s", a.name.c_str());
                ImGui::TableNextColumn();
                ShortType(a, text, sizeof text);
                ImGui::AlignTextToFramePadding();
                ImGui::TextDisabled("%s", text);
                if (ImGui::IsItemHovered() && !a.mime.empty()) ImGui::SetTooltip("%s", a.mime.c_str());
                ImGui::TableNextColumn();
                FormatFileSize(a.size, text, sizeof text);
                ImGui::AlignTextToFramePadding();
                ImGui::TextUnformatted(text);
                ImGui::TableNextColumn();
                if (IconTextButton(ICON_EXTERNAL, Tr(Str::AttOpen))) Deliver(ui, a, false);
                ImGui::SameLine();
                if (IconTextButton(ICON_DOWNLOAD, Tr(Str::AttDownload))) Deliver(ui, a, true);
                if (!read_only) {
                    ImGui::SameLine();
                    if (IconTextButton(ICON_TRASH, Tr(Str::AttRemove))) remove = i;
                }
                ImGui::PopID();
            }
            ImGui::EndTable();
            if (remove < files.size()) {
                files.erase(files.begin() + static_cast<std::ptrdiff_t>(remove));
                ui.refusal = AttachRefusal::None;
            }
        }
    }
    if (ui.broken_attachment) {
        ImGui::PushStyleColor(ImGuiCol_Text, colors::kErrorText);
        TextHint(Tr(Str::AttBroken));
        ImGui::PopStyleColor();
    }
    if (read_only) return;

    if (IconTextButton(ICON_PAPERCLIP, Tr(Str::AttAttach))) {
        std::weak_ptr<PickMailbox> box = ui.picked;
        const uint64_t session = ui.session;
        platform::PickFile(
            "",
            [box, session](const platform::PickedFile& f) {
                if (auto b = box.lock()) b->files.push_back({session, f});
            },
            kMaxAttachmentBytes);
    }
    char per_file[32], total[32], limits[128];
    FormatFileSize(kMaxAttachmentBytes, per_file, sizeof per_file);
    FormatFileSize(kMaxAttachmentsTotalBytes, total, sizeof total);
    std::snprintf(limits, sizeof limits, Tr(Str::AttLimits), per_file, total);
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", limits);

    if (ui.refusal != AttachRefusal::None) {
        char size_text[32], limit_text[32], attached_text[32], message[1024];
        FormatFileSize(ui.refused_size, size_text, sizeof size_text);
        if (ui.refusal == AttachRefusal::TooLarge) {
            FormatFileSize(kMaxAttachmentBytes, limit_text, sizeof limit_text);
            std::snprintf(message, sizeof message, Tr(Str::AttTooLarge), ui.refused_name.c_str(), size_text,
                          limit_text);
        } else {
            FormatFileSize(kMaxAttachmentsTotalBytes, limit_text, sizeof limit_text);
            FormatFileSize(TotalSize(ui.draft), attached_text, sizeof attached_text);
            std::snprintf(message, sizeof message, Tr(Str::AttTotalTooLarge), ui.refused_name.c_str(), size_text,
                          limit_text, attached_text);
        }
        ImGui::PushStyleColor(ImGuiCol_Text, colors::kErrorText);
        TextHint(message);
        ImGui::PopStyleColor();
    }
}

}  // namespace card
