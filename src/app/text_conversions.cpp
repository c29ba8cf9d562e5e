#include "text_conversions.h"

#include <QDateTime>
#include <QFile>

namespace uplift::app {

std::filesystem::path toPath(const QString& path) {
#ifdef _WIN32
    return std::filesystem::path(path.toStdWString());
#else
    // The file system's own encoding, as QFile would use it.
    return std::filesystem::path(QFile::encodeName(path).toStdString());
#endif
}

QString fromPath(const std::filesystem::path& path) {
#ifdef _WIN32
    return QString::fromStdWString(path.wstring());
#else
    return QFile::decodeName(QByteArray::fromStdString(path.string()));
#endif
}

QDate toQDate(const Date& d) {
    if (d.is_special()) {
        return {};
    }
    return QDate(d.year(), d.month(), d.day());
}

Date toDate(const QDate& d) {
    return Date(static_cast<unsigned short>(d.year()), static_cast<unsigned short>(d.month()),
                static_cast<unsigned short>(d.day()));
}

std::string nowIso() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
}

}  // namespace uplift::app
