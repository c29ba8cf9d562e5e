#include "recent_files.h"

#include <QFileInfo>
#include <QSettings>

namespace uplift::app {

namespace {
const char* const kRecentFilesKey = "recentFiles";

QStringList storedRecentFiles() {
    return QSettings().value(kRecentFilesKey).toStringList();
}
}  // namespace

QStringList RecentFiles::list() {
    QStringList out;
    for (const QString& f : storedRecentFiles()) {
        if (QFileInfo::exists(f)) {
            out << f;
        }
    }
    return out;
}

QString RecentFiles::mostRecent() {
    const QStringList files = list();
    return files.isEmpty() ? QString() : files.first();
}

void RecentFiles::add(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = storedRecentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxFiles) {
        files.removeLast();
    }
    QSettings().setValue(kRecentFilesKey, files);
}

void RecentFiles::remove(const QString& path) {
    QStringList files = storedRecentFiles();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(kRecentFilesKey, files);
}

void RecentFiles::clear() {
    QSettings().remove(kRecentFilesKey);
}

}  // namespace uplift::app
