package dk.virkning.benchmark;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The heap's high-water marks during a phase, from the JVM's memory pool beans: the peak of used heap
 * (what the collector let grow, garbage included; the pools' own peak counters, reset per phase) and
 * the peak of heap still in use right after a collection (the live data: what a phase really holds,
 * from the collectors' notifications). A daemon thread also samples used heap every few milliseconds,
 * for collectors whose pools do not track a peak well.
 */
final class HeapSampler implements AutoCloseable {

    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long sampledPeak;
    private volatile long livePeak;

    HeapSampler() {
        // After every collection, the heap still in use is the live data (plus what the collector
        // chose not to collect yet): the honest measure of what a phase holds.
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(this::afterCollection, null, null);
            }
        }
        thread = new Thread(this::sample, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts a new phase: collects the earlier phases' garbage and forgets their peaks. */
    void reset() {
        System.gc();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        sampledPeak = usedNow();
        livePeak = 0;
    }

    /** The peak of used heap since {@link #reset()}, in bytes. */
    long peakUsed() {
        long pools = heapPools.stream()
                .map(MemoryPoolMXBean::getPeakUsage)
                .mapToLong(MemoryUsage::getUsed)
                .sum();
        // The pools peak at different moments, so their sum may overstate; never report above -Xmx.
        return Math.max(sampledPeak, Math.min(pools, maxHeap()));
    }

    /** The peak of heap in use right after a collection since {@link #reset()}, in bytes. */
    long peakLive() {
        return livePeak;
    }

    static long maxHeap() {
        return Runtime.getRuntime().maxMemory();
    }

    private void afterCollection(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long live = 0;
        for (MemoryPoolMXBean pool : heapPools) {
            MemoryUsage after = info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName());
            if (after != null) {
                live += after.getUsed();
            }
        }
        synchronized (this) {
            if (live > livePeak) {
                livePeak = live;
            }
        }
    }

    private void sample() {
        while (running) {
            long used = usedNow();
            if (used > sampledPeak) {
                sampledPeak = used;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static long usedNow() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
