#include "core/eval/IamDate.h"

namespace iam {
namespace {

bool readDigits(std::string_view text, std::size_t& pos, std::size_t count, int& value)
{
    if (pos + count > text.size())
        return false;
    value = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const char c = text[pos + i];
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + (c - '0');
    }
    pos += count;
    return true;
}

// Howard Hinnant's days-from-civil: proleptic Gregorian calendar, no table, no time zone database.
std::int64_t daysFromCivil(std::int64_t year, unsigned month, unsigned day)
{
    year -= month <= 2;
    const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
    const auto yearOfEra = static_cast<unsigned>(year - era * 400);
    const unsigned dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const unsigned dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + static_cast<std::int64_t>(dayOfEra) - 719468;
}

bool isLeap(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month)
{
    static constexpr int kDays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    return month == 2 && isLeap(year) ? 29 : kDays[month - 1];
}

std::optional<std::int64_t> parseEpoch(std::string_view text)
{
    bool negative = false;
    if (!text.empty() && text.front() == '-') {
        negative = true;
        text.remove_prefix(1);
    }
    if (text.empty() || text.size() > 12)
        return std::nullopt;
    std::int64_t seconds = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        seconds = seconds * 10 + (c - '0');
    }
    return (negative ? -seconds : seconds) * 1000;
}

} // namespace

std::optional<std::int64_t> parseIamDate(std::string_view text)
{
    if (text.size() < 10 || text[4] != '-')
        return parseEpoch(text);
    std::size_t pos = 0;
    int year = 0, month = 0, day = 0;
    if (!readDigits(text, pos, 4, year) || text[pos++] != '-' || !readDigits(text, pos, 2, month) || pos >= text.size()
        || text[pos++] != '-' || !readDigits(text, pos, 2, day))
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return std::nullopt;
    std::int64_t millis = daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)) * 86400000;
    if (pos == text.size())
        return millis;
    if (text[pos] != 'T' && text[pos] != 't')
        return std::nullopt;
    ++pos;
    int hour = 0, minute = 0, second = 0;
    if (!readDigits(text, pos, 2, hour) || pos >= text.size() || text[pos++] != ':'
        || !readDigits(text, pos, 2, minute))
        return std::nullopt;
    if (pos < text.size() && text[pos] == ':') {
        ++pos;
        if (!readDigits(text, pos, 2, second))
            return std::nullopt;
        if (pos < text.size() && text[pos] == '.') {
            ++pos;
            int fraction = 0;
            int digits = 0;
            while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
                if (digits < 3) {
                    fraction = fraction * 10 + (text[pos] - '0');
                    ++digits;
                }
                ++pos;
            }
            if (digits == 0)
                return std::nullopt;
            while (digits++ < 3)
                fraction *= 10;
            millis += fraction;
        }
    }
    if (hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    millis += (static_cast<std::int64_t>(hour) * 3600 + minute * 60 + second) * 1000;
    if (pos == text.size())
        return millis; // no zone written: read as UTC, as AWS does
    if (text[pos] == 'Z' || text[pos] == 'z')
        return pos + 1 == text.size() ? std::optional<std::int64_t>(millis) : std::nullopt;
    if (text[pos] != '+' && text[pos] != '-')
        return std::nullopt;
    const int sign = text[pos++] == '+' ? 1 : -1;
    int offsetHours = 0, offsetMinutes = 0;
    if (!readDigits(text, pos, 2, offsetHours))
        return std::nullopt;
    if (pos < text.size() && text[pos] == ':')
        ++pos;
    if (pos < text.size() && !readDigits(text, pos, 2, offsetMinutes))
        return std::nullopt;
    if (pos != text.size() || offsetHours > 23 || offsetMinutes > 59)
        return std::nullopt;
    return millis - sign * (static_cast<std::int64_t>(offsetHours) * 3600 + offsetMinutes * 60) * 1000;
}

} // namespace iam
