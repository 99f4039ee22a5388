package cn.gov.laoshan.district.shell.ui;

/**
 * A view that names itself in the shell's top bar and the browser tab by what it shows (an enterprise's page by the
 * enterprise's name) rather than by its screen's title (企业主页). Asked after the view has entered.
 */
public interface HasViewTitle {

    /** The title; {@code null} or blank for the screen's title. */
    String viewTitle();
}
