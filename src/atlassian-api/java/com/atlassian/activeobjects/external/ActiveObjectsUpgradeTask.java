package com.atlassian.activeobjects.external;

/** Stand-in. Source: [C DEC activeobjects-plugin-5.2.1], the interface of that name. */
public interface ActiveObjectsUpgradeTask {
    ModelVersion getModelVersion();

    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
