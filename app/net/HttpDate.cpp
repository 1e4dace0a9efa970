#include "net/HttpDate.h"

#include <QTimeZone>

#include <array>

namespace authdeck {

namespace {

constexpr std::array<const char*, 7> kShortDays = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
constexpr std::array<const char*, 7> kLongDays = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                                  "Friday", "Saturday", "Sunday"};
constexpr std::array<const char*, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// Reads the grammar left to right; any mismatch poisons the cursor so callers check once at the
// end. Names are case-sensitive, as the RFC's %s"..." rules say.
class Cursor {
public:
    explicit Cursor(QByteArrayView text)
        : m_text(text)
    {}

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_pos == m_text.size(); }

    void literal(QByteArrayView expected)
    {
        if (m_ok && m_text.sliced(m_pos).startsWith(expected))
            m_pos += expected.size();
        else
            m_ok = false;
    }

    // Exactly `count` digits.
    int digits(int count)
    {
        int value = 0;
        for (int i = 0; i < count; ++i) {
            if (!m_ok || m_pos >= m_text.size() || m_text[m_pos] < '0' || m_text[m_pos] > '9') {
                m_ok = false;
                return 0;
            }
            value = value * 10 + (m_text[m_pos++] - '0');
        }
        return value;
    }

    // The index of the name found next, -1 (and poisoned) when none matches.
    template <std::size_t N>
    int oneOf(const std::array<const char*, N>& names)
    {
        if (!m_ok)
            return -1;
        for (std::size_t i = 0; i < N; ++i) {
            if (m_text.sliced(m_pos).startsWith(QByteArrayView(names[i]))) {
                m_pos += qstrlen(names[i]);
                return static_cast<int>(i);
            }
        }
        m_ok = false;
        return -1;
    }

    bool peekIs(char c) const { return m_ok && m_pos < m_text.size() && m_text[m_pos] == c; }

private:
    QByteArrayView m_text;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

QTime timeOfDay(Cursor& c)
{
    const int h = c.digits(2);
    c.literal(":");
    const int m = c.digits(2);
    c.literal(":");
    int s = c.digits(2);
    // RFC 9110 allows a leap second; QTime does not, and one second does not matter here.
    if (s == 60)
        s = 59;
    return QTime(h, m, s);
}

QDateTime finish(const Cursor& c, int year, int month, int day, const QTime& time)
{
    const QDate date(year, month + 1, day);
    if (!c.ok() || !c.atEnd() || !date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone::utc());
}

// IMF-fixdate and RFC 850 share one shape: day-name ", " DD sep Mon sep year " " time " GMT".
template <std::size_t N>
QDateTime parseDayFirst(QByteArrayView text, const std::array<const char*, N>& dayNames,
                        QByteArrayView separator, int yearDigits)
{
    Cursor c(text);
    c.oneOf(dayNames);
    c.literal(", ");
    const int day = c.digits(2);
    c.literal(separator);
    const int month = c.oneOf(kMonths);
    c.literal(separator);
    int year = c.digits(yearDigits);
    c.literal(" ");
    const QTime time = timeOfDay(c);
    c.literal(" GMT");
    if (yearDigits == 2) {
        // RFC 9110: a two-digit year more than 50 years ahead belongs to the previous century.
        const int thisYear = QDate::currentDate().year();
        year += thisYear - thisYear % 100;
        if (year > thisYear + 50)
            year -= 100;
    }
    return finish(c, year, month, day, time);
}

QDateTime parseAsctime(QByteArrayView text)
{
    Cursor c(text);
    c.oneOf(kShortDays);
    c.literal(" ");
    const int month = c.oneOf(kMonths);
    c.literal(" ");
    int day = 0;
    if (c.peekIs(' ')) {
        c.literal(" ");
        day = c.digits(1);
    } else {
        day = c.digits(2);
    }
    c.literal(" ");
    const QTime time = timeOfDay(c);
    c.literal(" ");
    const int year = c.digits(4);
    return finish(c, year, month, day, time);
}

} // namespace

QDateTime HttpDate::parse(QByteArrayView text)
{
    // The forms differ from their fourth character on: "Sun," / "Sunday," / "Sun ".
    if (text.size() > 3 && text[3] == ',')
        return parseDayFirst(text, kShortDays, " ", 4);
    if (text.size() > 3 && text[3] == ' ')
        return parseAsctime(text);
    return parseDayFirst(text, kLongDays, "-", 2);
}

QByteArray HttpDate::format(const QDateTime& time)
{
    const QDateTime utc = time.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    auto two = [](int n) { return QByteArray::number(n).rightJustified(2, '0'); };
    return QByteArray(kShortDays[d.dayOfWeek() - 1]) + ", " + two(d.day()) + ' '
           + kMonths[d.month() - 1] + ' ' + QByteArray::number(d.year()).rightJustified(4, '0')
           + ' ' + two(t.hour()) + ':' + two(t.minute()) + ':' + two(t.second()) + " GMT";
}

} // namespace authdeck
