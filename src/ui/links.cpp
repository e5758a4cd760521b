#include "ui/links.h"

#include <cctype>

#include "imgui.h"
#include "model/phone.h"
#include "platform/platform.h"

namespace card {

std::string PercentEncode(std::string_view text) {
    static const char kHex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(text.size());
    for (unsigned char ch : text) {
        const bool unreserved = (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') ||
                                ch == '-' || ch == '.' || ch == '_' || ch == '~';
        if (unreserved) {
            out += static_cast<char>(ch);
        } else {
            out += '%';
            out += kHex[ch >> 4];
            out += kHex[ch & 15];
        }
    }
    return out;
}

std::string TelUrl(std::string_view phone) {
    const NormalizedPhone n = NormalizePhone(phone);
    if (n.e164.empty()) return {};
    std::string url = "tel:" + n.e164;
    if (!n.extension.empty()) url += ";ext=" + n.extension;
    return url;
}

namespace {
// A line break in a mailto body is CRLF (RFC 6068); lone LF is normalised to it.
std::string EncodeBody(std::string_view body) {
    std::string crlf;
    crlf.reserve(body.size());
    for (size_t i = 0; i < body.size(); ++i) {
        if (body[i] == '\r') continue;
        if (body[i] == '\n') crlf += '\r';
        crlf += body[i];
    }
    return PercentEncode(crlf);
}

std::string Trim(std::string_view s) {
    size_t b = 0, e = s.size();
    while (b < e && (s[b] == ' ' || s[b] == '\t')) ++b;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t')) --e;
    return std::string(s.substr(b, e - b));
}
}  // namespace

std::string MailtoUrl(std::string_view to, std::string_view subject, std::string_view body) {
    // Addresses keep '@' and ',' readable; everything else outside unreserved is encoded.
    std::string url = "mailto:";
    size_t start = 0;
    bool first = true;
    while (start <= to.size()) {
        size_t comma = to.find(',', start);
        if (comma == std::string_view::npos) comma = to.size();
        const std::string addr = Trim(to.substr(start, comma - start));
        if (!addr.empty()) {
            if (!first) url += ',';
            first = false;
            const size_t at = addr.rfind('@');
            if (at == std::string::npos) {
                url += PercentEncode(addr);
            } else {
                url += PercentEncode(std::string_view(addr).substr(0, at));
                url += '@';
                url += PercentEncode(std::string_view(addr).substr(at + 1));
            }
        }
        start = comma + 1;
    }
    char sep = '?';
    if (!subject.empty()) {
        url += sep;
        url += "subject=" + PercentEncode(subject);
        sep = '&';
    }
    if (!body.empty()) {
        url += sep;
        url += "body=" + EncodeBody(body);
    }
    return url;
}

std::string WebUrl(std::string_view site) {
    const std::string s = Trim(site);
    if (s.empty()) return {};
    for (unsigned char ch : s)
        if (ch < 0x20 || ch == 0x7f || ch == ' ') return {};  // not one URL
    // A scheme ("x:" before any '/', '?' or '#', not a port): only http and https open, so
    // that imported data cannot make a click run javascript: or data: in the app's page.
    const size_t colon = s.find(':');
    const size_t delim = s.find_first_of("/?#");
    if (colon != std::string::npos && (delim == std::string::npos || colon < delim)) {
        bool scheme_chars = colon > 0 && std::isalpha(static_cast<unsigned char>(s[0]));
        for (size_t i = 1; scheme_chars && i < colon; ++i) {
            const unsigned char ch = static_cast<unsigned char>(s[i]);
            scheme_chars = std::isalnum(ch) || ch == '+' || ch == '-' || ch == '.';
        }
        size_t port_end = colon + 1;
        while (port_end < s.size() && std::isdigit(static_cast<unsigned char>(s[port_end]))) ++port_end;
        const bool host_port = port_end > colon + 1 && (port_end == s.size() || s[port_end] == '/' ||
                                                        s[port_end] == '?' || s[port_end] == '#');
        if (scheme_chars && !host_port) {
            std::string scheme = s.substr(0, colon);
            for (char& ch : scheme) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
            if (scheme != "http" && scheme != "https") return {};
            if (s.compare(colon + 1, 2, "//") != 0 || s.size() == colon + 3) return {};
            return s;
        }
    }
    if (s.compare(0, 2, "//") == 0) return "https:" + s;
    return "https://" + s;
}

bool LinkText(const char* text, const std::string& url) {
    if (url.empty()) {
        ImGui::TextUnformatted(text);
        return false;
    }
    const ImVec4 link(0.10f, 0.36f, 0.78f, 1.0f);
    ImGui::PushStyleColor(ImGuiCol_Text, link);
    ImGui::PushStyleColor(ImGuiCol_HeaderHovered, ImVec4(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_HeaderActive, ImVec4(0, 0, 0, 0));
    const ImVec2 size = ImGui::CalcTextSize(text, nullptr, true);
    ImGui::PushID(url.c_str());
    const bool clicked = ImGui::Selectable(text, false, ImGuiSelectableFlags_DontClosePopups, size);
    ImGui::PopID();
    ImGui::PopStyleColor(3);
    if (ImGui::IsItemHovered()) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
        ImGui::GetWindowDrawList()->AddLine(ImVec2(min.x, max.y - 1), ImVec2(max.x, max.y - 1),
                                            ImGui::GetColorU32(link), 1.0f);
        ImGui::SetItemTooltip("%s", url.c_str());
    }
    if (clicked) platform::OpenUrl(url);
    return clicked;
}

bool PhoneLink(const std::string& phone) { return LinkText(phone.c_str(), TelUrl(phone)); }
bool EmailLink(const std::string& email) { return LinkText(email.c_str(), MailtoUrl(email)); }

}  // namespace card
