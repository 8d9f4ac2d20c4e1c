package raspc.runtime.engine;

import ai.djl.Device;
import ai.djl.engine.Engine;

/** Turns a {@link DeviceChoice} into a DJL {@link Device}. */
public final class Devices {
    private Devices() {}

    public static Device resolve(DeviceChoice choice) {
        return resolve(choice, TorchEngine.get().getGpuCount());
    }

    /** Visible for tests: the decision with a given number of GPUs. */
    static Device resolve(DeviceChoice choice, int gpuCount) {
        switch (choice) {
            case CPU:
                return Device.cpu();
            case AUTO:
                return gpuCount > 0 ? Device.gpu(0) : Device.cpu();
            case GPU:
                if (gpuCount == 0) {
                    throw new DeviceUnavailableException("a GPU was asked for, but no GPU is usable here ("
                            + describeEngine() + "); choose the device cpu or auto, or build raspc with -Pcuda"
                            + " on a machine with an NVIDIA GPU and CUDA 12.4 drivers");
                }
                return Device.gpu(0);
            default:
                throw new AssertionError(choice);
        }
    }

    private static String describeEngine() {
        Engine e = TorchEngine.get();
        return "PyTorch " + e.getVersion() + " sees " + e.getGpuCount() + " GPUs";
    }

    /** "cpu" or "gpu(0)" style name for reports. */
    public static String name(Device device) {
        return device.isGpu() ? "gpu" + device.getDeviceId() : "cpu";
    }
}
