#pragma once
// Conversions at the Qt/core boundary: strings are UTF-8 in the core, QString here.
#include <QDate>
#include <QString>

#include <filesystem>
#include <string>
#include <string_view>

#include "calendar/calendar.h"

namespace uplift::app {

inline QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}
inline std::string utf8(const QString& s) {
    return s.toStdString();
}

std::filesystem::path toPath(const QString& path);
QString fromPath(const std::filesystem::path& path);

QDate toQDate(const Date& d);
Date toDate(const QDate& d);

// The wall clock as ISO 8601 UTC, for the audit log (the core never reads the clock).
std::string nowIso();

}  // namespace uplift::app
