package com.atlassian.activeobjects.external;

/** Stand-in. Source: ATLASSIAN-API.md (ActiveObjectsUpgradeTask) and activeobjects-plugin's interface of that name. */
public interface ActiveObjectsUpgradeTask {
    ModelVersion getModelVersion();

    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
