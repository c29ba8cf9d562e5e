#include "start_page.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include "recent_files.h"

namespace uplift::app {

StartPage::StartPage(QWidget* parent) : QWidget(parent), recent_(new QListWidget(this)) {
    setObjectName(QStringLiteral("startPage"));
    auto* logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/uplift.svg")).pixmap(56, 56));
    auto* title = new QLabel(tr("Uplift"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 2.0);
    f.setBold(true);
    title->setFont(f);
    auto* tagline =
        new QLabel(tr("Trade promotions, funds and targets over one local file."), this);

    auto* newButton =
        new QPushButton(QIcon(QStringLiteral(":/icons/file-new.svg")), tr("&New file…"), this);
    auto* openButton =
        new QPushButton(QIcon(QStringLiteral(":/icons/file-open.svg")), tr("&Open file…"), this);
    newButton->setObjectName(QStringLiteral("startNewButton"));
    openButton->setObjectName(QStringLiteral("startOpenButton"));
    for (QPushButton* b : {newButton, openButton}) {
        b->setIconSize(QSize(20, 20));
        b->setMinimumHeight(36);
    }

    auto* recentTitle = new QLabel(tr("Recent files"), this);
    QFont rf = recentTitle->font();
    rf.setBold(true);
    recentTitle->setFont(rf);
    recent_->setObjectName(QStringLiteral("recentFilesList"));
    recent_->setIconSize(QSize(20, 20));
    recent_->setMinimumWidth(460);
    recent_->setMaximumHeight(12 * (recent_->fontMetrics().height() + 10));

    auto* heading = new QHBoxLayout;
    heading->addWidget(logo);
    auto* titles = new QVBoxLayout;
    titles->addWidget(title);
    titles->addWidget(tagline);
    heading->addLayout(titles, 1);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addStretch(1);

    auto* column = new QVBoxLayout;
    column->addLayout(heading);
    column->addSpacing(18);
    column->addLayout(buttons);
    column->addSpacing(18);
    column->addWidget(recentTitle);
    column->addWidget(recent_);
    column->addStretch(1);

    // Centred column of readable width on a big window.
    auto* outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 3);
    outer->addStretch(1);
    outer->setContentsMargins(24, 48, 24, 48);

    connect(newButton, &QPushButton::clicked, this, &StartPage::newRequested);
    connect(openButton, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(recent_, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        emit recentChosen(item->data(Qt::UserRole).toString());
    });
    refresh();
}

void StartPage::refresh() {
    recent_->clear();
    const QStringList files = RecentFiles::list();
    for (const QString& path : files) {
        const QFileInfo info(path);
        auto* item = new QListWidgetItem(
            QIcon(QStringLiteral(":/icons/uplift.svg")),
            tr("%1 — %2").arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath())),
            recent_);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    if (files.isEmpty()) {
        auto* item = new QListWidgetItem(tr("No recent files yet."), recent_);
        item->setFlags(Qt::NoItemFlags);
    }
}

}  // namespace uplift::app
