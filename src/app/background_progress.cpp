#include "background_progress.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace uplift::app {

BackgroundProgress::BackgroundProgress(QWidget* parent)
    : QWidget(parent),
      label_(new QLabel(this)),
      bar_(new QProgressBar(this)),
      cancel_(new QToolButton(this)) {
    setObjectName(QStringLiteral("backgroundProgress"));
    bar_->setRange(0, 1000);
    bar_->setTextVisible(false);
    bar_->setFixedWidth(160);
    bar_->setMaximumHeight(14);
    cancel_->setIcon(QIcon(QStringLiteral(":/icons/cancel.svg")));
    cancel_->setToolTip(tr("Cancel"));
    cancel_->setAutoRaise(true);
    cancel_->setObjectName(QStringLiteral("backgroundCancelButton"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label_);
    layout->addWidget(bar_);
    layout->addWidget(cancel_);
    connect(cancel_, &QToolButton::clicked, this, [this] {
        cancel_->setEnabled(false);
        label_->setText(tr("Cancelling…"));
        emit cancelRequested();
    });
    setVisible(false);
}

void BackgroundProgress::begin(const QString& what) {
    label_->setText(what);
    bar_->setValue(0);
    cancel_->setEnabled(true);
    setVisible(true);
}

void BackgroundProgress::setProgress(int permille) {
    bar_->setValue(permille);
}

void BackgroundProgress::end() {
    setVisible(false);
}

}  // namespace uplift::app
