#include "core/catalog/ArnTemplate.h"

#include <cstdint>

#include "core/catalog/AsciiCase.h"

namespace iam {
namespace {

enum class SubjectKind : std::uint8_t { Literal, Star, Question };

struct SubjectToken {
    char c = 0;
    SubjectKind kind = SubjectKind::Literal;
};

std::vector<SubjectToken> tokenizeSubject(std::string_view arn)
{
    std::vector<SubjectToken> tokens;
    tokens.reserve(arn.size());
    for (std::size_t i = 0; i < arn.size(); ++i) {
        if (arn[i] == '$' && i + 1 < arn.size() && arn[i + 1] == '{') {
            const std::size_t close = arn.find('}', i + 2);
            if (close != std::string_view::npos) {
                tokens.push_back({0, SubjectKind::Star});
                i = close;
                continue;
            }
        }
        if (arn[i] == '*')
            tokens.push_back({0, SubjectKind::Star});
        else if (arn[i] == '?')
            tokens.push_back({0, SubjectKind::Question});
        else
            tokens.push_back({arn[i], SubjectKind::Literal});
    }
    return tokens;
}

}  // namespace

ArnTemplate ArnTemplate::compile(std::string_view templateText)
{
    ArnTemplate compiled;
    compiled.m_text = std::string(templateText);
    struct Placeholder {
        std::size_t token = 0;
        std::string_view name;
    };
    std::vector<Placeholder> placeholders;
    std::size_t colons = 0;
    std::size_t resourceStart = std::string_view::npos;  // first token of the resource part
    for (std::size_t i = 0; i < templateText.size(); ++i) {
        if (templateText[i] == '$' && i + 1 < templateText.size() && templateText[i + 1] == '{') {
            const std::size_t close = templateText.find('}', i + 2);
            if (close != std::string_view::npos) {
                placeholders.push_back({compiled.m_tokens.size(), templateText.substr(i + 2, close - i - 2)});
                compiled.m_tokens.push_back({0, true, true, false});
                i = close;
                continue;
            }
        }
        compiled.m_tokens.push_back({templateText[i], false, true, false});
        if (templateText[i] == ':' && ++colons == 5)
            resourceStart = compiled.m_tokens.size();
    }
    for (const auto& placeholder : placeholders) {
        Token& token = compiled.m_tokens[placeholder.token];
        token.allowsColon = placeholder.token + 1 == compiled.m_tokens.size();
        const bool wholeResource = placeholder.token == resourceStart && token.allowsColon;
        if (wholeResource && !containsIgnoreCase(placeholder.name, "path"))
            token.allowsSlash = false;
    }
    return compiled;
}

bool ArnTemplate::fits(std::string_view arn) const
{
    const std::vector<SubjectToken> subject = tokenizeSubject(arn);
    const std::size_t width = subject.size() + 1;
    // memo[(i * width + j) * 2 + inside]: 0 unknown, 1 no, 2 yes. Both sides are short (ARNs are a
    // few hundred characters at most), so the table stays small and the walk polynomial.
    std::vector<std::uint8_t> memo((m_tokens.size() + 1) * width * 2, 0);

    auto match = [&](auto&& self, std::size_t i, std::size_t j, bool inside) -> bool {
        std::uint8_t& slot = memo[(i * width + j) * 2 + (inside ? 1 : 0)];
        if (slot != 0)
            return slot == 2;
        bool result = false;
        if (inside && self(self, i + 1, j, false)) {
            result = true;  // the placeholder at i ends here
        } else if (j == subject.size()) {
            result = i == m_tokens.size() && !inside;
        } else if (subject[j].kind == SubjectKind::Star) {
            // The policy's `*` matches nothing more, or takes in the next template element whole.
            result = self(self, i, j + 1, inside) || (i < m_tokens.size() && self(self, i + 1, j, false));
        } else if (i < m_tokens.size()) {
            const Token& token = m_tokens[i];
            const SubjectToken& next = subject[j];
            if (!token.placeholder) {
                result = (next.kind == SubjectKind::Question || next.c == token.c) && self(self, i + 1, j + 1, false);
            } else {
                const bool allowed = next.kind == SubjectKind::Question
                    || ((next.c != '/' || token.allowsSlash) && (next.c != ':' || token.allowsColon));
                result = allowed && self(self, i, j + 1, true);
            }
        }
        slot = result ? 2 : 1;
        return result;
    };
    return match(match, 0, 0, false);
}

}  // namespace iam
