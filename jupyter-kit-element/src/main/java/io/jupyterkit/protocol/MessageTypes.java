package io.jupyterkit.protocol;

/** The {@code msg_type} values this project sends or understands. */
public final class MessageTypes {
  private MessageTypes() {}

  public static final String EXECUTE_REQUEST = "execute_request";
  public static final String EXECUTE_REPLY = "execute_reply";
  public static final String EXECUTE_INPUT = "execute_input";
  public static final String EXECUTE_RESULT = "execute_result";
  public static final String DISPLAY_DATA = "display_data";
  public static final String UPDATE_DISPLAY_DATA = "update_display_data";
  public static final String CLEAR_OUTPUT = "clear_output";
  public static final String STREAM = "stream";
  public static final String ERROR = "error";
  public static final String STATUS = "status";
  public static final String INPUT_REQUEST = "input_request";
  public static final String INPUT_REPLY = "input_reply";
  public static final String COMPLETE_REQUEST = "complete_request";
  public static final String COMPLETE_REPLY = "complete_reply";
  public static final String INSPECT_REQUEST = "inspect_request";
  public static final String KERNEL_INFO_REQUEST = "kernel_info_request";
  public static final String INSPECT_REPLY = "inspect_reply";
  public static final String COMM_OPEN = "comm_open";
  public static final String COMM_MSG = "comm_msg";
  public static final String COMM_CLOSE = "comm_close";
  /** Not in Jupyter's protocol: the Pyodide worker's start-up, which a remote kernel does not need. */
  public static final String BOOT_REQUEST = "boot_request";
  public static final String BOOT_REPLY = "boot_reply";
  /** Not in Jupyter's protocol: how far the worker's boot is ({@code progress}, 0 to 1 or -1 when unknown). */
  public static final String BOOT_PROGRESS = "boot_progress";
  /**
   * Not in Jupyter's protocol: a booting worker without Web Crypto (a sandboxed one) asks the page for the
   * {@link AssetDigests} of the bytes in its {@code buffers}; the reply's content has them as {@code digest}.
   */
  public static final String DIGEST_REQUEST = "digest_request";
  public static final String DIGEST_REPLY = "digest_reply";
  /** Not in Jupyter's protocol: packages being installed ("installing"), then what failed ("done"). */
  public static final String INSTALL_STATUS = "install_status";
}
