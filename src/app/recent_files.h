#pragma once
// The most recently opened Uplift files, newest first, kept in QSettings.
#include <QString>
#include <QStringList>

namespace uplift::app {

class RecentFiles {
  public:
    static constexpr int kMaxFiles = 8;

    // Files that still exist, newest first.
    static QStringList list();
    static QString mostRecent();  // empty when there is none
    static void add(const QString& path);
    static void remove(const QString& path);
    static void clear();
};

}  // namespace uplift::app
