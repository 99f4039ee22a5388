package cn.gov.laoshan.district.masking;

import cn.gov.laoshan.district.api.masking.Masking;
import cn.gov.laoshan.district.core.PlatformContext;
import cn.gov.laoshan.district.core.PlatformModule;

/** Registers the {@link Masking} service. No data, no screens: it starts first so every module can use it. */
public final class MaskingModule implements PlatformModule {

    @Override
    public String name() {
        return "masking";
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public void start(PlatformContext context) {
        context.bundleContext().registerService(Masking.class, new DefaultMasking(), null);
    }
}
