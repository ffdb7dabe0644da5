package org.igniterealtime.openfire.plugin.mucderegister.bridge.shapes;

import java.io.ObjectInput;
import java.io.ObjectOutput;

import org.jivesoftware.util.cache.ClusterTask;

/** A cluster task that does nothing, the base of the event shapes: the bridge only makes and runs them. */
public abstract class NoOpClusterTask implements ClusterTask<Void> {

    @Override
    public void run() {
    }

    @Override
    public Void getResult() {
        return null;
    }

    @Override
    public void writeExternal(ObjectOutput out) {
    }

    @Override
    public void readExternal(ObjectInput in) {
    }
}
