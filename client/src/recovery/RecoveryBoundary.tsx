// Catches a part of the screen that failed to render or load, says so, and recovers by reloading
// once the server is back.
import { Component, type ReactNode } from 'react';
import { reloadWhenBack } from './reload-when-back';

interface Props {
  message: ReactNode;
  children: ReactNode;
}

export class RecoveryBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    reloadWhenBack(error);
  }

  override render(): ReactNode {
    return this.state.failed ? (
      <div className="recovery-notice">{this.props.message}</div>
    ) : (
      this.props.children
    );
  }
}
