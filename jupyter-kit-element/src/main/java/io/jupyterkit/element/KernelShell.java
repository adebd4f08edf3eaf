package io.jupyterkit.element;

import elemental2.promise.Promise;
import io.jupyterkit.json.JsonObject;
import io.jupyterkit.kernel.Executor;
import io.jupyterkit.protocol.JupyterMessage;
import io.jupyterkit.protocol.MessageIds;
import io.jupyterkit.protocol.ShellReplies;

/** The editor's questions to the kernel, as promises of the reply's content (null when the kernel has no answer). */
final class KernelShell {
  private KernelShell() {}

  /** A {@code complete_request}; {@code cursorPos} in code points. */
  static Promise<JsonObject> complete(Executor executor, String code, int cursorPos) {
    return send(executor, JupyterMessage.completeRequest(MessageIds.next(), code, cursorPos));
  }

  /** An {@code inspect_request} at detail level 0; {@code cursorPos} in code points. */
  static Promise<JsonObject> inspect(Executor executor, String code, int cursorPos) {
    return send(executor, JupyterMessage.inspectRequest(MessageIds.next(), code, cursorPos, 0));
  }

  /** A {@code kernel_info_request}: resolves to the reply's content (null when the kernel did not answer). */
  static Promise<JsonObject> kernelInfo(Executor executor) {
    return send(executor, JupyterMessage.kernelInfoRequest(MessageIds.next()));
  }

  private static Promise<JsonObject> send(Executor executor, JupyterMessage request) {
    if (executor == null) {
      return Promise.resolve((JsonObject) null);
    }
    return new Promise<>((resolve, reject) -> executor.request(request, message -> {
      if (ShellReplies.isReplyTo(message, request)) {
        resolve.onInvoke(ShellReplies.okContent(message));
      }
    }));
  }
}
